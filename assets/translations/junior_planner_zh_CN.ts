<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>junior_planner</name>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="239" />
        <source>'at' must be [x, y] in metres</source>
        <translation>“at”必须是 [x, y] 形式的坐标，单位为米</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="244" />
        <source>'reasons' must be a list of reason ids</source>
        <translation>“reasons”必须是理由编号的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="11" />
        <source>'{block}' is not one of this workshop's blocks</source>
        <translation>“{block}”不在这个工作坊的积木里</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="44" />
        <source>'{date}' is not a date like 2025-12-31</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="147" />
        <source>'{field}' has a language other than en and zh_CN: '{language}'</source>
        <translation>“{field}”含有 en 和 zh_CN 以外的语言：“{language}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="138" />
        <source>'{field}' has no text in the language '{language}'</source>
        <translation>“{field}”缺少语言“{language}”的文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="141" />
        <source>'{field}' is missing</source>
        <translation>缺少“{field}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="152" />
        <source>'{field}': {reason}</source>
        <translation>“{field}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="146" />
        <source>'{id}' is the start of {count} participant ids; give more of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="64" />
        <source>'{id}' is the start of {count} proposal ids; give more of it</source>
        <translation>有 {count} 个方案编号以“{id}”开头，请多输入几位</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="54" />
        <source>'{id}' is the start of {count} workshop ids; give more of it</source>
        <translation>有 {count} 个工作坊编号以“{id}”开头，请多输入几位</translation>
    </message>
    <message>
        <source>'{id}' matches {count} of them; give more of the {what} id</source>
        <translation type="vanished">“{id}”对应了 {count} 个{what}，请多输入几位{what}编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="85" />
        <location filename="../../junior_planner/services/replay.py" line="96" />
        <source>'{key}' is missing</source>
        <translation>缺少“{key}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="102" />
        <source>'{key}' is too long (at most {limit} characters)</source>
        <translation>“{key}”太长了（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="89" />
        <source>'{key}' must be a finite number</source>
        <translation>“{key}”必须是有限的数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="100" />
        <source>'{key}' must be text</source>
        <translation>“{key}”必须是文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="164" />
        <source>'{key}' must be true or false</source>
        <translation>“{key}”必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="84" />
        <source>'{lang}' is not a language the kiosk speaks ({known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="130" />
        <source>'{site}' is a bundled site; only imported sites can get a new buildable area</source>
        <translation>“{site}”是自带的场地；只有导入的场地才能设置新的可建区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="243" />
        <source>'{title}' (kept until {date}: {proposals} designs, {children} children)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="138" />
        <source>'{value}' is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="294" />
        <location filename="../../junior_planner/services/review.py" line="645" />
        <source>(and {count} more problems; see 'junior-planner validate')</source>
        <translation>（还有 {count} 个问题；请运行 'junior-planner validate' 查看）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="176" />
        <location filename="../../junior_planner/ui/editor/window.py" line="25" />
        <location filename="../../junior_planner/ui/facilitator/home.py" line="107" />
        <location filename="../../junior_planner/ui/facilitator/home.py" line="153" />
        <source>(no title yet)</source>
        <translation>（还没有名称）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="571" />
        <location filename="../../junior_planner/ui/kiosk/window.py" line="367" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="182" />
        <source>- group designs keep the others' work but lose this child's name and notes: {titles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="212" />
        <source>- its facilitator PIN and any kiosk draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="184" />
        <source>- their notes, voice notes and every trace of them in the undo history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="179" />
        <source>- their own designs, deleted completely: {titles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="211" />
        <source>- {children} children (names, age bands, consent records)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="210" />
        <source>- {proposals} designs with their blocks, notes, voice notes and undo history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="320" />
        <source>--pseudonym starts a new proposal; leave it out with --proposal</source>
        <translation>--pseudonym 会开始一个新方案；与 --proposal 一起使用时请省略它</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="392" />
        <source>--size must be between 0.75 and 2</source>
        <translation>--size 必须在 0.75 到 2 之间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="419" />
        <source>--size must be {low} to {high} pixels each way, not {width}x{height}</source>
        <translation>--size 的宽和高都必须在 {low} 到 {high} 像素之间，而不是 {width}x{height}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="416" />
        <source>--size must look like 1280x800 (width x height in pixels), not '{size}'</source>
        <translation>--size 应写成 1280x800 这样（宽 x 高，单位像素），而不是“{size}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="13" />
        <source>A building is already there.</source>
        <translation>那里已经有一栋房子了。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="309" />
        <source>A design for {site}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="75" />
        <source>A picture of the place</source>
        <translation>这个地方的图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="402" />
        <source>A picture of your design</source>
        <translation>你的设计图</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="14" />
        <source>A tree is already growing there.</source>
        <translation>那里已经长着一棵树了。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="255" />
        <source>Add a friend</source>
        <translation>加一个小伙伴</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="177" />
        <source>All data of the child '{name}' will be deleted from this computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="180" />
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="181" />
        <source>Another name</source>
        <translation>换个名字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="343" />
        <source>As a child sees it (1 m high)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="254" />
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="388" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="46" />
        <location filename="../../junior_planner/ui/kiosk/window.py" line="224" />
        <source>Back to the children</source>
        <translation>回到孩子们的界面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="211" />
        <source>Because...</source>
        <translation>因为……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="184" />
        <source>Bigger</source>
        <translation>变大</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50" />
        <source>Blocks</source>
        <translation>积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/palette.py" line="118" />
        <source>Blocks to choose from</source>
        <translation>可以选的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="166" />
        <source>Blocks used</source>
        <translation>用到的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="477" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="494" />
        <source>Bump! You cannot walk through that.</source>
        <translation>咚！这里走不过去哦。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="213" />
        <source>Bundles already exported are not touched. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="222" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="11" />
        <source>Cars drive here! Try a spot off the road.</source>
        <translation>这里有汽车开过！换个不在马路上的地方吧。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50" />
        <source>Children</source>
        <translation>孩子人数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="556" />
        <source>Children most often asked for {first} and {second}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="557" />
        <source>Children most often asked for {first}, {second} and {third}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="555" />
        <source>Children most often asked for {first}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="140" />
        <source>Choose a proposal to see what the children made and why.</source>
        <translation>选择一个方案，看看孩子们做了什么、为什么这样做。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="36" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="223" />
        <source>Close the kiosk</source>
        <translation>关闭展台</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="320" />
        <source>Coins left: {left} of {budget}</source>
        <translation>还剩金币：{left} / {budget}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="186" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="80" />
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="33" />
        <source>Demo: our park</source>
        <translation>演示：我们的公园</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="59" />
        <source>EPSG:{code} is not a coordinate system known here</source>
        <translation>本机不认识坐标系 EPSG:{code}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="61" />
        <source>EPSG:{code} is not a projected coordinate system in metres</source>
        <translation>EPSG:{code} 不是以米为单位的投影坐标系</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="222" />
        <source>Facilitator</source>
        <translation>引导师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="26" />
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="71" />
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="80" />
        <source>Facilitator PIN</source>
        <translation>引导师 PIN 码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="170" />
        <source>Favourite</source>
        <translation>最喜欢的</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="466" />
        <source>From above</source>
        <translation>从天上看</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="336" />
        <source>From the top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="383" />
        <source>Good idea</source>
        <translation>好主意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="187" />
        <source>Grid</source>
        <translation>格子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="253" />
        <source>Here is your secret explorer name. Tap your age.</source>
        <translation>这是你的秘密探险家名字。点一下你的年龄。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="382" />
        <source>How do you feel about it?</source>
        <translation>你觉得怎么样？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="183" />
        <source>I am {band} years old</source>
        <translation>我 {band} 岁</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35" />
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="383" />
        <source>I like it</source>
        <translation>我喜欢</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35" />
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="383" />
        <source>I love it</source>
        <translation>我超爱</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="315" />
        <source>I'm finished</source>
        <translation>我做完了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="181" />
        <location filename="../../junior_planner/cli.py" line="213" />
        <location filename="../../junior_planner/cli.py" line="256" />
        <location filename="../../junior_planner/cli.py" line="270" />
        <location filename="../../junior_planner/cli.py" line="353" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35" />
        <source>Idea</source>
        <translation>好主意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="20" />
        <source>It cannot get any bigger or smaller.</source>
        <translation>它不能再变大或变小了。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/app.py" line="23" />
        <location filename="../../junior_planner/app.py" line="53" />
        <source>Junior Planner</source>
        <translation>小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="26" />
        <source>Junior Planner - Facilitator</source>
        <translation>小小规划师 - 引导师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/window.py" line="26" />
        <source>Junior Planner - {site} - {title}</source>
        <translation>小小规划师 - {site} - {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="30" />
        <source>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</source>
        <translation>小小规划师：孩子们用 3D 设计属于自己的地方。不带命令运行时，会打开引导师主页。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="388" />
        <source>Keep building</source>
        <translation>继续搭</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="256" />
        <source>Let's build!</source>
        <translation>开始搭建！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="314" />
        <location filename="../../junior_planner/services/sheet.py" line="315" />
        <location filename="../../junior_planner/ui/facilitator/home.py" line="157" />
        <source>Made by</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="303" />
        <source>My design</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="227" />
        <source>My design: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="380" />
        <source>Name of the design</source>
        <translation>设计的名字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="234" />
        <source>New facilitator PIN (4 to 12 digits): </source>
        <translation>新的引导师 PIN 码（4 到 12 位数字）：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="429" />
        <source>Next child</source>
        <translation>下一位小朋友</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="548" />
        <source>No proposals match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="559" />
        <source>No reasons were given in these {total} proposals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="75" />
        <source>No workshops yet. Create one from the command line: junior-planner workshop new --site ID --title T</source>
        <translation>还没有工作坊。请在命令行中创建一个：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="254" />
        <source>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</source>
        <translation>还没有工作坊。可以这样创建一个：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="19" />
        <source>Not enough coins left! Take something away first.</source>
        <translation>金币不够了！先拿走一些东西吧。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="76" />
        <source>Not right. {count} tries left.</source>
        <translation>不对哦，还能试 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="36" />
        <source>Not safe</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50" />
        <source>Notes</source>
        <translation>便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="40" />
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="389" />
        <source>OK</source>
        <translation>好的</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="248" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="424" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="434" />
        <source>Oops, that could not be saved. Please tell a grown-up.</source>
        <translation>哎呀，没能保存。请告诉大人。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="64" />
        <source>Open in 3D</source>
        <translation>用3D打开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="66" />
        <source>Open the chosen proposal in the 3D editor</source>
        <translation>在3D编辑器中打开选中的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="379" />
        <source>Our dream park</source>
        <translation>我们的梦想乐园</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="348" />
        <source>Our favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="30" />
        <source>PIN digits entered</source>
        <translation>已输入的 PIN 位数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="15" />
        <source>People walk here. Keep the path free!</source>
        <translation>大家在这里走路，别挡住小路哦！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="31" />
        <source>Preparing the demo workshop in {path}</source>
        <translation>正在 {path} 中准备演示工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58" />
        <source>Proposal details</source>
        <translation>方案详情</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="45" />
        <location filename="../../junior_planner/ui/facilitator/home.py" line="49" />
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="124" />
        <source>Put slides, trees, benches and more where you want them, and tell us why.</source>
        <translation>把滑梯、树、长椅等等放到你想要的地方，再告诉我们为什么。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="219" />
        <source>Record again</source>
        <translation>再录一次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="181" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="186" />
        <source>Remove</source>
        <translation>拿走</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="221" />
        <source>Remove this note</source>
        <translation>删掉这条便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="223" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="219" />
        <source>Say it</source>
        <translation>说出来</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216" />
        <source>Say it in your own words</source>
        <translation>用你自己的话说说</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="316" />
        <source>Say why</source>
        <translation>说说为什么</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="185" />
        <source>Smaller</source>
        <translation>变小</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="187" />
        <source>Snap</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="125" />
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="126" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="508" />
        <source>Step back</source>
        <translation>向后退</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="219" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="438" />
        <source>Thank you for helping plan {site}!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="428" />
        <source>Thank you, {names}! The planners will see your ideas.</source>
        <translation>谢谢你们，{names}！规划师会看到你们的想法。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="23" />
        <source>That does not fit there. Try another spot!</source>
        <translation>放不下，换个地方试试吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="17" />
        <source>That is outside the place we are planning.</source>
        <translation>那里不在我们要设计的地方里面。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="12" />
        <source>That is water! Your block would sink.</source>
        <translation>那是水！放上去会沉下去的。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="238" />
        <source>The PIN for '{title}' is set.</source>
        <translation>“{title}”的 PIN 码已设置。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="209" />
        <source>The workshop '{title}' and all its data will be deleted from this computer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="570" />
        <source>These come from {children} children (ages {bands}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="566" />
        <source>They most often placed {first} and {second}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="567" />
        <source>They most often placed {first}, {second} and {third}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="565" />
        <source>They most often placed {first}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="185" />
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="21" />
        <source>This plan is finished. You can look around!</source>
        <translation>这个方案已经完成了。你可以到处看看！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="16" />
        <source>Too close to another block. Leave some room!</source>
        <translation>离别的东西太近了，留点空吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="74" />
        <source>Too many tries. Wait {seconds} seconds.</source>
        <translation>试的次数太多了，请等 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="182" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="183" />
        <source>Turn</source>
        <translation>转动</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="201" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="506" />
        <source>Turn left</source>
        <translation>向左转</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="202" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="507" />
        <source>Turn right</source>
        <translation>向右转</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="181" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="220" />
        <source>Voice note</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="505" />
        <source>Walk</source>
        <translation>向前走</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="188" />
        <location filename="../../junior_planner/ui/editor/widget.py" line="466" />
        <source>Walk in</source>
        <translation>走进去</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="18" />
        <source>We cannot build on that ground.</source>
        <translation>这块地上不能建东西。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="363" />
        <source>We placed {count} things</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="389" />
        <source>We're done!</source>
        <translation>我们做完啦！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="378" />
        <source>What is your design called?</source>
        <translation>你的设计叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="381" />
        <source>Which one do you like best?</source>
        <translation>你最喜欢哪一个？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="252" />
        <source>Who is building?</source>
        <translation>谁在搭建？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="173" />
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="389" />
        <source>Why we made it like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="207" />
        <source>Why? Tell the planners!</source>
        <translation>为什么？告诉规划师吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="39" />
        <source>Workshops</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="29" />
        <source>Workshops on this computer</source>
        <translation>这台电脑上的工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35" />
        <source>Worried</source>
        <translation>担心</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="217" />
        <source>Your words</source>
        <translation>你的话</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="30" />
        <source>[removed]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/pin.py" line="26" />
        <source>a PIN is 4 to 12 digits</source>
        <translation>PIN 码是 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="264" />
        <source>a brace {{ or }} is not closed (write {{{{ and }}}} for a brace itself)</source>
        <translation>有一个 {{ 或 }} 没有配对（要写括号本身，请写 {{{{ 和 }}}}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="543" />
        <source>a bundled file is not usable</source>
        <translation>一个内置文件无法使用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="94" />
        <source>a group has at most four children</source>
        <translation>每个小组最多只能有四个孩子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="78" />
        <source>a normal window instead of full screen (for trying it out)</source>
        <translation>用普通窗口而不是全屏（试用时）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="32" />
        <source>a note has no field '{field}'</source>
        <translation>便签没有“{field}”这一项</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="27" />
        <source>a note needs a sticker, a reason, some words or a voice note</source>
        <translation>便签上要有一个贴纸、一个理由、几句话或一段录音</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="231" />
        <source>a note needs either 'target' (a block) or 'at' ([x, y])</source>
        <translation>便签需要“target”（一块积木）或“at”（[x, y]），二者选一</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="156" />
        <source>a notice version has at most {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38" />
        <source>a place to sit</source>
        <translation>有地方坐</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="12" />
        <source>a position, angle or size is not a finite number</source>
        <translation>位置、角度或大小不是有效的数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="74" />
        <source>a pseudonym needs 1 to {limit} characters</source>
        <translation>昵称需要 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39" />
        <source>a quiet corner</source>
        <translation>安静的角落</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="54" />
        <location filename="../../junior_planner/services/workshops.py" line="27" />
        <source>a workshop title needs 1 to {limit} characters</source>
        <translation>工作坊名称需要 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="18" />
        <source>an existing tree is there</source>
        <translation>那里已经有一棵树了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="96" />
        <source>an indicator definitions file (default: the bundled one; see docs/indicators.md)</source>
        <translation>指标定义文件（默认：自带的那份；见 docs/indicators.md）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="85" />
        <source>apply an edit script (JSON lines) as one participant group; prints the proposal id</source>
        <translation>以一个小组的身份执行编辑脚本（JSON Lines 格式），并输出方案编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="366" />
        <source>at least {target}</source>
        <translation>至少 {target}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="366" />
        <source>at most {target}</source>
        <translation>至多 {target}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19" />
        <source>being made</source>
        <translation>正在做</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="80" />
        <source>black on white, with strong outlines</source>
        <translation>白底黑字，轮廓更清楚</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="270" />
        <source>blocks</source>
        <translation>积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="68" />
        <source>budget units each proposal may spend</source>
        <translation>每个方案可以使用的预算单位数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="133" />
        <source>cannot create an OpenGL context on this display</source>
        <translation>无法在这个显示器上创建 OpenGL 上下文</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="466" />
        <source>cannot encode the picture as PNG</source>
        <translation>无法把图片编码为 PNG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="47" />
        <source>cannot reach the display {display}; is the X server running?</source>
        <translation>无法连接显示器 {display}；X 服务器在运行吗？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="294" />
        <location filename="../../junior_planner/services/indicators.py" line="85" />
        <location filename="../../junior_planner/services/review.py" line="642" />
        <location filename="../../junior_planner/services/sites.py" line="138" />
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="439" />
        <location filename="../../junior_planner/services/sheet.py" line="231" />
        <source>cannot write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="423" />
        <location filename="../../junior_planner/services/bundle.py" line="159" />
        <location filename="../../junior_planner/services/sheet.py" line="192" />
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="259" />
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213" />
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="118" />
        <source>check a bundle: schema, checksums and references</source>
        <translation>检查数据包：结构、校验和与引用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="270" />
        <source>children</source>
        <translation>孩子人数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="69" />
        <source>choose at least one block for the children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="81" />
        <source>choose at least one language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41" />
        <source>clean toilets</source>
        <translation>干净的厕所</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="270" />
        <source>contains a long number (a phone number?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213" />
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="49" />
        <source>could not open {path} ({detail}); check that the disk has space and try again</source>
        <translation>无法打开 {path}（{detail}）；请检查磁盘空间后再试</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="51" />
        <source>could not read {path} ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="50" />
        <source>could not save to {path} ({detail}); nothing of that edit was kept</source>
        <translation>无法保存到 {path}（{detail}），这次修改没有被保留</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="65" />
        <source>create a workshop and print its id</source>
        <translation>创建一个工作坊并输出它的编号</translation>
    </message>
    <message>
        <source>create or list workshops</source>
        <translation type="vanished">创建或列出工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="62" />
        <source>create or list workshops, or set a workshop's PIN</source>
        <translation>创建或列出工作坊，或设置工作坊的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="256" />
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="36" />
        <source>delete a letter</source>
        <translation>删掉一个字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="117" />
        <source>do not draw pictures of the proposals</source>
        <translation>不生成方案图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="356" />
        <source>does not apply here</source>
        <translation>这里不适用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="484" />
        <source>done: every checksum verified</source>
        <translation>完成：所有校验和均已核对</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="75" />
        <source>each line must be a JSON object</source>
        <translation>每一行都必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="152" />
        <source>each line needs an 'op'</source>
        <translation>每一行都需要一个“op”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39" />
        <source>for little kids</source>
        <translation>给小小孩</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="315" />
        <source>give --pseudonym and --age-band together</source>
        <translation>请同时给出 --pseudonym 和 --age-band</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="141" />
        <source>give at least 4 characters of the participant id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="62" />
        <source>give at least 4 characters of the proposal id</source>
        <translation>请至少输入方案编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="52" />
        <source>give at least 4 characters of the workshop id</source>
        <translation>请至少输入工作坊编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="48" />
        <source>import a 3D model (glb, gltf, obj, ply, stl, off) or GeoJSON footprints with heights; prints the new site id</source>
        <translation>导入一个 3D 模型（glb、gltf、obj、ply、stl、off）或带高度的 GeoJSON 建筑轮廓，并输出新场地的编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="45" />
        <source>import a site of your own</source>
        <translation>导入你自己的场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="64" />
        <source>imported into workshop {workshop}: {added} new proposals, {versions} kept as second versions, {unchanged} already here</source>
        <translation>已导入工作坊 {workshop}：新增 {added} 个方案，{versions} 个作为第二版本保留，{unchanged} 个本机已有</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="353" />
        <source>in words</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="116" />
        <source>include every proposal's edit history</source>
        <translation>包含每个方案的编辑历史</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="115" />
        <source>include the voice notes (left out by default)</source>
        <translation>包含语音留言（默认不包含）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="129" />
        <source>language of messages and windows</source>
        <translation>提示信息和窗口使用的语言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19" />
        <source>left unfinished</source>
        <translation>没有做完</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="32" />
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="81" />
        <source>list proposals</source>
        <translation>列出方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="59" />
        <source>list the block catalog, in English and Chinese</source>
        <translation>列出积木目录（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="43" />
        <source>list the sites, in English and Chinese</source>
        <translation>列出场地（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="72" />
        <source>list workshops</source>
        <translation>列出工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="79" />
        <source>make buttons and text bigger or smaller (0.75 to 2)</source>
        <translation>把按钮和文字调大或调小（0.75 到 2）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41" />
        <source>meet friends</source>
        <translation>和朋友见面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="267" />
        <source>mentions '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="120" />
        <source>merge another kiosk's bundle into this store (all or nothing)</source>
        <translation>把另一台终端的数据包合并到本机数据中（要么全部导入，要么完全不变）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="353" />
        <source>met</source>
        <translation>达到</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40" />
        <source>more green</source>
        <translation>更多绿色</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39" />
        <source>more light</source>
        <translation>更多灯光</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38" />
        <source>more shade</source>
        <translation>更多树荫</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="361" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="215" />
        <source>no pictures were asked for</source>
        <translation>未要求生成图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="213" />
        <source>no pictures: {reason}</source>
        <translation>没有图片：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="215" />
        <source>no proposals to draw</source>
        <translation>没有可绘制的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="194" />
        <location filename="../../junior_planner/services/indicators.py" line="272" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="71" />
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="483" />
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="270" />
        <source>notes</source>
        <translation>便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="185" />
        <source>on the {block}</source>
        <translation>在{block}上</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="272" />
        <source>only in the undo history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="210" />
        <source>only the kind 'budget_used' uses 'captions_no_target'</source>
        <translation>只有类型 'budget_used' 使用 'captions_no_target'</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="214" />
        <source>only the kind 'count_near_features' uses 'captions_not_applicable'</source>
        <translation>只有类型 'count_near_features' 使用 'captions_not_applicable'</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="69" />
        <source>only these block types (default: all)</source>
        <translation>只使用这些积木类型（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="82" />
        <source>only this workshop's proposals</source>
        <translation>只显示这个工作坊的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="98" />
        <source>open the 3D editor in a window on a new or existing draft proposal (for facilitators and trying things out); prints the proposal id</source>
        <translation>在窗口中打开 3D 编辑器，编辑新的或已有的方案草稿（供引导师使用或试用）；输出方案编号</translation>
    </message>
    <message>
        <source>open the 3D editor on a new or existing draft proposal (until the kiosk exists); prints the proposal id</source>
        <translation type="vanished">在新的或已有的草稿方案上打开3D编辑器（在自助终端完成之前使用）；输出方案编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="39" />
        <source>open the app on the bundled demo workshop (prepared on first use)</source>
        <translation>打开应用并进入内置的演示工作坊（第一次使用时自动准备）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="131" />
        <source>open the window, save a picture of it and quit</source>
        <translation>打开窗口，保存一张截图后退出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="100" />
        <source>open this proposal instead of starting a new one</source>
        <translation>打开这个方案，而不是新建一个</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="110" />
        <source>picture size in pixels (default: 1280x800)</source>
        <translation>图片尺寸，单位像素（默认：1280x800）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="208" />
        <source>pictures drawn from above and at a child's eye height</source>
        <translation>图片从上方和孩子的视线高度绘制</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="38" />
        <source>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</source>
        <translation>绘制图片需要支持 OpenGL 的显示器，而 QT_QPA_PLATFORM={platform} 没有；请取消这个设置，或在 xvfb-run 下运行</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="476" />
        <source>pictures were not asked for (--no-snapshots)</source>
        <translation>未要求生成图片（--no-snapshots）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40" />
        <source>play together</source>
        <translation>一起玩</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="58" />
        <source>polygons where children may build</source>
        <translation>孩子们可以搭建的多边形区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="41" />
        <source>prepare the demo data only</source>
        <translation>只准备演示数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="88" />
        <source>print 'done N' on stderr after each committed line</source>
        <translation>每提交一行后，在标准错误输出（stderr）上打印“done N”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="44" />
        <location filename="../../junior_planner/cli.py" line="60" />
        <location filename="../../junior_planner/cli.py" line="73" />
        <location filename="../../junior_planner/cli.py" line="83" />
        <location filename="../../junior_planner/cli.py" line="95" />
        <source>print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="90" />
        <source>print a proposal as JSON (the export's shape)</source>
        <translation>以 JSON 格式输出一个方案（与导出的格式相同）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="93" />
        <source>print a proposal's child-friendly indicators (play area, green, shade, seats, safety, budget...)</source>
        <translation>打印方案的儿童友好指标（玩耍面积、绿化、树荫、座位、安全、预算……）</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="vanished">方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="323" />
        <source>proposal '{id}' belongs to another workshop</source>
        <translation>方案“{id}”属于另一个工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="91" />
        <location filename="../../junior_planner/cli.py" line="94" />
        <location filename="../../junior_planner/cli.py" line="105" />
        <source>proposal id (or its first characters)</source>
        <translation>方案编号（或它的前几个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="256" />
        <source>proposals</source>
        <translation>方案数</translation>
    </message>
    <message>
        <source>refuse larger models (default: 5,000,000)</source>
        <translation type="vanished">拒绝更大的模型（默认：5,000,000）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="54" />
        <source>refuse models with more triangles than this (default: {default:,})</source>
        <translation>三角形数量超过此值的模型将被拒绝（默认：{default:,}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38" />
        <source>safe crossing</source>
        <translation>安全过马路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="104" />
        <source>save a picture of a proposal on its site (needs a display, or xvfb-run)</source>
        <translation>保存一张方案在其场地上的图片（需要显示器，或使用 xvfb-run）</translation>
    </message>
    <message>
        <source>say 'site import FILE'</source>
        <translation type="vanished">请使用“site import FILE”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="191" />
        <source>say 'site import FILE' or 'site area SITE_ID FILE'</source>
        <translation>请使用 'site import FILE' 或 'site area SITE_ID FILE'</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="225" />
        <source>say 'workshop new' or 'workshop list'</source>
        <translation>请使用“workshop new”或“workshop list”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="25" />
        <source>see --help</source>
        <translation>请查看 --help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="396" />
        <source>set a facilitator PIN first: junior-planner workshop pin {id}</source>
        <translation>请先设置引导师 PIN 码：junior-planner workshop pin {id}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="55" />
        <source>set an imported site's buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</source>
        <translation>用 GeoJSON 多边形设置导入场地的可建区域（场地本地坐标，单位米；从 GeoJSON 导入的场地用经纬度）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="70" />
        <source>set the facilitator PIN that closes the kiosk (read from standard input)</source>
        <translation>设置关闭展台所用的引导师 PIN 码（从标准输入读取）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="256" />
        <source>site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="90" />
        <source>site '{site}': {reason}</source>
        <translation>场地“{site}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="66" />
        <source>site id (see 'junior-planner sites')</source>
        <translation>场地编号（见“junior-planner sites”）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213" />
        <source>size (m)</source>
        <translation>尺寸（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="181" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="31" />
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="32" />
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40" />
        <source>sports</source>
        <translation>运动</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="40" />
        <source>start the demo data again from scratch</source>
        <translation>清空演示数据，从头重新开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="270" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="353" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="29" />
        <source>that block is not in this proposal</source>
        <translation>这个方案里没有那块积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="19" />
        <source>that blocks a path</source>
        <translation>这样会挡住小路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="20" />
        <source>that ground cannot be built on</source>
        <translation>那块地上不能建东西</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="31" />
        <source>that id is already used</source>
        <translation>这个编号已经用过了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="16" />
        <source>that is in the water</source>
        <translation>那里是水面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="17" />
        <source>that is on a building</source>
        <translation>那里是房子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="15" />
        <source>that is on the road</source>
        <translation>那里是马路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="14" />
        <source>that is outside the site</source>
        <translation>那里在场地外面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="21" />
        <source>that is too close to another block</source>
        <translation>离别的积木太近了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="30" />
        <source>that note is not in this proposal</source>
        <translation>这个方案里没有那张便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="22" />
        <source>that size is not allowed for this block (from {min} to {max})</source>
        <translation>这块积木不能是这个大小（只能在 {min} 到 {max} 之间）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="23" />
        <source>that would go over the budget ({needed} of {budget})</source>
        <translation>这样会超出预算（需要 {needed}，预算只有 {budget}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="73" />
        <location filename="../../junior_planner/services/replay.py" line="77" />
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套的层数太多了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="76" />
        <source>the age band must be one of {bands}</source>
        <translation>年龄段必须是以下之一：{bands}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="143" />
        <source>the area in {path} cannot be used: {reason}</source>
        <translation>{path} 中的区域无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="140" />
        <location filename="../../junior_planner/services/data_rights.py" line="59" />
        <location filename="../../junior_planner/services/data_rights.py" line="61" />
        <location filename="../../junior_planner/services/workshops.py" line="29" />
        <source>the budget must be a positive number</source>
        <translation>预算必须是正数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="204" />
        <source>the budget's target is the workshop's budget: remove 'target'</source>
        <translation>预算的目标就是工作坊的预算：请删除 'target'</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="119" />
        <source>the bundle to check</source>
        <translation>要检查的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="121" />
        <source>the bundle to import</source>
        <translation>要导入的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="276" />
        <source>the caption needs the placeholder {{value}}</source>
        <translation>说明文字需要占位符 {{value}}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="102" />
        <source>the child's age band, with --pseudonym</source>
        <translation>孩子的年龄段，与 --pseudonym 一起使用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="101" />
        <source>the child's pseudonym for a new proposal</source>
        <translation>新方案中孩子的化名</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="75" />
        <source>the children's kiosk for a workshop, full screen; exits with 0 only when a facilitator closes it with the PIN</source>
        <translation>工作坊的儿童展台，全屏运行；只有引导师用 PIN 码关闭时才以 0 退出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="46" />
        <source>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</source>
        <translation>数据库 {path} 已损坏（{detail}），程序没有改动它：请恢复备份，或寻求帮助</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="47" />
        <source>the database {path} was made by a newer Junior Planner; please update this one</source>
        <translation>数据库 {path} 是由更新版本的小小规划师创建的，请升级这台电脑上的小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="87" />
        <source>the edit script, or - for standard input</source>
        <translation>编辑脚本文件，或用 - 表示从标准输入读取</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="50" />
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="53" />
        <source>the file's length unit (default: m)</source>
        <translation>文件使用的长度单位（默认：m）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="117" />
        <source>the id '{id}' is used twice</source>
        <translation>编号“{id}”用了两次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="75" />
        <source>the idle time must be a whole number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="77" />
        <source>the idle time must be between {low} seconds and {high} minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="57" />
        <source>the imported site</source>
        <translation>导入的场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="93" />
        <source>the keep-until date {date} has already passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="244" />
        <location filename="../../junior_planner/services/replay.py" line="44" />
        <source>the key '{key}' appears twice</source>
        <translation>键“{key}”出现了两次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="208" />
        <source>the kind 'budget_used' needs 'captions_no_target' (for workshops without a budget)</source>
        <translation>类型 'budget_used' 需要 'captions_no_target'（用于没有预算的工作坊）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="212" />
        <source>the kind 'count_near_features' needs 'captions_not_applicable' (for sites without those features)</source>
        <translation>类型 'count_near_features' 需要 'captions_not_applicable'（用于没有这些地点的场地）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="195" />
        <source>the kind '{kind}' has no parameter '{param}' (its parameters: {known})</source>
        <translation>类型“{kind}”没有参数“{param}”（它的参数：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="241" />
        <source>the kind '{kind}' needs an area tag (one ending in _m2), not '{tag}'</source>
        <translation>类型“{kind}”需要面积标签（以 _m2 结尾），而不是“{tag}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="191" />
        <source>the kind '{kind}' needs the parameter '{param}'</source>
        <translation>类型“{kind}”需要参数“{param}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="132" />
        <source>the line is longer than {limit} bytes</source>
        <translation>这一行超过了 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="67" />
        <source>the line is not UTF-8 text</source>
        <translation>这一行不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="256" />
        <source>the parameter 'distance_m' must be a number of metres greater than 0</source>
        <translation>参数 'distance_m' 必须是大于 0 的米数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="253" />
        <source>the parameter 'feature_kinds' must be a list of one or more feature kinds such as 'school-gate'</source>
        <translation>参数 'feature_kinds' 必须是包含一个或多个地点类型（例如 'school-gate'）的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="237" />
        <source>the parameter 'tag' must be one tag name</source>
        <translation>参数 'tag' 必须是一个标签名</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="244" />
        <source>the parameter 'tags' must be a list of one or more tag names</source>
        <translation>参数 'tags' 必须是包含一个或多个标签名的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="145" />
        <source>the script has no edits (it must start with a 'join' line)</source>
        <translation>脚本里没有任何编辑（脚本必须以“join”行开头）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="157" />
        <source>the script must start with a 'join' line</source>
        <translation>脚本必须以“join”行开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="349" />
        <location filename="../../junior_planner/cli.py" line="430" />
        <location filename="../../junior_planner/services/bundle.py" line="162" />
        <location filename="../../junior_planner/services/sheet.py" line="196" />
        <location filename="../../junior_planner/services/workshops.py" line="112" />
        <source>the site '{site}' of this workshop is not installed here</source>
        <translation>这台电脑上没有安装这个工作坊的场地“{site}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="52" />
        <source>the site has no origin (lon, lat)</source>
        <translation>场地没有原点（经度、纬度）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="26" />
        <source>the site's coordinate system '{crs}' is not an EPSG code</source>
        <translation>场地的坐标系“{crs}”不是 EPSG 代码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="51" />
        <source>the site's name (default: the file name)</source>
        <translation>场地的名称（默认：文件名）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="55" />
        <source>the site's origin is not a valid lon/lat</source>
        <translation>场地原点不是有效的经纬度</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="66" />
        <source>the site's origin lies outside EPSG:{code}</source>
        <translation>场地原点不在 EPSG:{code} 的范围内</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="82" />
        <source>the top level</source>
        <translation>最外层</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="197" />
        <source>the voice note {sha} of proposal {id} is missing or damaged in the media folder</source>
        <translation>方案 {id} 的语音留言 {sha} 在媒体文件夹中缺失或已损坏</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="28" />
        <source>the words are too long (at most {limit} characters)</source>
        <translation>字写得太多了（最多 {limit} 个字）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="67" />
        <source>the workshop's title</source>
        <translation>工作坊的名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="181" />
        <source>there is no block '{name}' in this proposal</source>
        <translation>这个方案里没有积木“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="67" />
        <location filename="../../junior_planner/services/messages.py" line="10" />
        <location filename="../../junior_planner/services/workshops.py" line="34" />
        <source>there is no block type '{block}'</source>
        <translation>没有“{block}”这种积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="52" />
        <source>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</source>
        <translation>没有可以绘图的显示器（未设置 DISPLAY）；请在 xvfb-run 下运行这个命令，例如：xvfb-run -a junior-planner render ...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="131" />
        <source>there is no imported site '{site}'</source>
        <translation>没有名为“{site}”的导入场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="144" />
        <location filename="../../junior_planner/services/data_rights.py" line="160" />
        <location filename="../../junior_planner/services/data_rights.py" line="192" />
        <location filename="../../junior_planner/services/data_rights.py" line="202" />
        <source>there is no participant '{id}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="63" />
        <source>there is no proposal '{id}'</source>
        <translation>没有编号为“{id}”的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="89" />
        <source>there is no reason chip '{reason}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="26" />
        <source>there is no reason chip '{reason}' in this workshop</source>
        <translation>这个工作坊里没有“{reason}”这张理由卡</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="107" />
        <location filename="../../junior_planner/services/workshops.py" line="24" />
        <source>there is no site '{site}' (known sites: {known})</source>
        <translation>没有场地“{site}”（现有的场地：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="25" />
        <source>there is no sticker '{sticker}'</source>
        <translation>没有“{sticker}”这种贴纸</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="221" />
        <location filename="../../junior_planner/services/workshops.py" line="53" />
        <source>there is no workshop '{id}'</source>
        <translation>没有编号为“{id}”的工作坊</translation>
    </message>
    <message>
        <source>there is no {what} '{id}'</source>
        <translation type="vanished">没有{what}“{id}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="262" />
        <source>there is nothing to redo</source>
        <translation>没有可以重做的操作</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="256" />
        <source>there is nothing to undo</source>
        <translation>没有可以撤销的操作</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="13" />
        <source>this block does not come in '{variant}'</source>
        <translation>这块积木没有“{variant}”这种样式</translation>
    </message>
    <message>
        <source>this block has no colour '{variant}'</source>
        <translation type="vanished">这块积木没有“{variant}”这种颜色</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="24" />
        <source>this proposal is already finished, so it cannot change</source>
        <translation>这个方案已经完成了，不能再修改</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="256" />
        <location filename="../../junior_planner/cli.py" line="270" />
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="107" />
        <source>top: straight down over the whole site; child: a child's eye, 1 m above the ground; orbit: the site's bird's-eye view (default: top)</source>
        <translation>top：从正上方俯视整个场地；child：孩子的视角，离地 1 米；orbit：场地的鸟瞰视角（默认：top）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="551" />
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="250" />
        <source>unknown age band '{band}' (age bands: {known})</source>
        <translation>未知年龄段“{band}”（年龄段：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="145" />
        <source>unknown field '{field}'</source>
        <translation>未知字段“{field}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="109" />
        <source>unknown field '{key}' for op '{op}'</source>
        <translation>操作“{op}”不支持字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="186" />
        <source>unknown kind '{kind}' (known kinds: {known})</source>
        <translation>未知类型“{kind}”（已知类型：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="155" />
        <source>unknown op '{op}' (known: {known})</source>
        <translation>未知的操作“{op}”（可用的操作：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="273" />
        <source>unknown placeholder {{{name}}} (allowed here: {known})</source>
        <translation>未知的占位符 {{{name}}}（这里可以用：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="239" />
        <location filename="../../junior_planner/services/indicators.py" line="247" />
        <source>unknown tag '{tag}' (known tags: {known})</source>
        <translation>未知标签“{tag}”（已知标签：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="353" />
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41" />
        <source>water to drink</source>
        <translation>有水喝</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="128" />
        <source>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</source>
        <translation>工作坊数据库所在的位置（默认：$JUNIOR_PLANNER_DATA 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="109" />
        <source>where to write the PNG picture</source>
        <translation>PNG 图片的保存位置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="114" />
        <source>where to write the bundle</source>
        <translation>数据包的保存位置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="52" />
        <source>which axis points up in the file (default: y for glTF, z otherwise)</source>
        <translation>文件中朝上的坐标轴（默认：glTF 为 y，其他格式为 z）</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="vanished">工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="71" />
        <location filename="../../junior_planner/cli.py" line="77" />
        <location filename="../../junior_planner/cli.py" line="86" />
        <location filename="../../junior_planner/cli.py" line="99" />
        <location filename="../../junior_planner/cli.py" line="113" />
        <source>workshop id (or its first characters)</source>
        <translation>工作坊编号（或它的前几位）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="112" />
        <source>write a workshop's proposals as a bundle for planners (.jpbundle, a zip)</source>
        <translation>把一个工作坊的方案写成给规划师的数据包（.jpbundle，zip 文件）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="270" />
        <source>write {{{name}}} without a format or conversion</source>
        <translation>请直接写 {{{name}}}，不要加格式或转换</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="50" />
        <source>wrote {path}: {proposals} proposals, {blocks} blocks, {annotations} notes, {snapshots} pictures</source>
        <translation>已写入 {path}：{proposals} 个方案，{blocks} 个积木，{annotations} 条留言，{snapshots} 张图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="361" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="569" />
        <source>{band}: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="227" />
        <source>{field} ({language}): {problem}</source>
        <translation>{field}（{language}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="108" />
        <source>{file} is indicator format version {version}; this Junior Planner reads version {known}</source>
        <translation>{file} 是第 {version} 版指标格式；这个 Junior Planner 只能读取第 {known} 版</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="83" />
        <source>{file} is not UTF-8 text</source>
        <translation>{file} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="105" />
        <source>{file} is not an indicator definitions file (its format is not '{format}')</source>
        <translation>{file} 不是指标定义文件（它的 format 不是“{format}”）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="93" />
        <source>{file} is not valid JSON (line {line}: {reason})</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行：{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="92" />
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} 不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="80" />
        <source>{file} is too big for an indicator definitions file</source>
        <translation>{file} 太大，不像是指标定义文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="357" />
        <source>{file}: '{name}' belongs to no proposal in the manifest</source>
        <translation>{file}：“{name}”不属于清单中的任何方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="237" />
        <source>{file}: '{name}' does not match its checksum after writing</source>
        <translation>{file}：写出后“{name}”与其校验和不符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="316" />
        <location filename="../../junior_planner/services/review.py" line="683" />
        <source>{file}: '{name}' does not match its sha256 checksum</source>
        <translation>{file}：“{name}”与其 sha256 校验和不符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="457" />
        <source>{file}: '{name}' does not match the checksum in its name</source>
        <translation>{file}：“{name}”与文件名中的校验和不符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="137" />
        <source>{file}: '{name}' expands suspiciously much ({ratio:.0f} times; a zip bomb?)</source>
        <translation>{file}：“{name}”解压后膨胀得可疑（{ratio:.0f} 倍；可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="134" />
        <source>{file}: '{name}' has inconsistent sizes</source>
        <translation>{file}：“{name}”的大小前后不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="313" />
        <source>{file}: '{name}' has {size} bytes, the manifest says {expected}</source>
        <translation>{file}：“{name}”有 {size} 字节，清单中写的是 {expected}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="196" />
        <source>{file}: '{name}' holds more data than it declares</source>
        <translation>{file}：“{name}”的数据比它声明的多</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="54" />
        <location filename="../../junior_planner/exchange/safezip.py" line="117" />
        <source>{file}: '{name}' is a folder entry, which a bundle never has</source>
        <translation>{file}：“{name}”是文件夹条目，数据包中不应有文件夹条目</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="119" />
        <source>{file}: '{name}' is a symbolic link</source>
        <translation>{file}：“{name}”是符号链接</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="128" />
        <source>{file}: '{name}' is encrypted</source>
        <translation>{file}：“{name}”已加密</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="304" />
        <source>{file}: '{name}' is in the bundle but not in the manifest</source>
        <translation>{file}：“{name}”在数据包中，但清单里没有</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="306" />
        <source>{file}: '{name}' is listed in the manifest but missing</source>
        <translation>{file}：清单列出了“{name}”，但数据包中没有</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="365" />
        <source>{file}: '{name}' is not a glTF binary</source>
        <translation>{file}：“{name}”不是 glTF 二进制文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="121" />
        <source>{file}: '{name}' is not a regular file</source>
        <translation>{file}：“{name}”不是普通文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="362" />
        <source>{file}: '{name}' is there although the manifest says audio was not exported</source>
        <translation>{file}：清单说明未导出语音，但数据包中有“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="359" />
        <source>{file}: '{name}' is there although the manifest says history was not exported</source>
        <translation>{file}：清单说明未导出编辑历史，但数据包中有“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="132" />
        <source>{file}: '{name}' is too big ({size} bytes)</source>
        <translation>{file}：“{name}”太大（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="185" />
        <source>{file}: '{name}' is too big ({size} bytes; at most {limit})</source>
        <translation>{file}：“{name}”太大（{size} 字节；最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="130" />
        <source>{file}: '{name}' uses an unsupported compression method</source>
        <translation>{file}：“{name}”使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="392" />
        <source>{file}: a block uuid appears twice</source>
        <translation>{file}：有积木的 uuid 重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="444" />
        <source>{file}: a history step names an author code the manifest does not list</source>
        <translation>{file}：某个历史步骤中的作者编号不在清单中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="395" />
        <source>{file}: a note uuid appears twice</source>
        <translation>{file}：有留言的 uuid 重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="329" />
        <source>{file}: a participant code appears twice in the manifest</source>
        <translation>{file}：清单中有参与者编号重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="332" />
        <source>{file}: a proposal appears twice in the manifest</source>
        <translation>{file}：清单中有方案重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="83" />
        <location filename="../../junior_planner/exchange/bundle.py" line="161" />
        <source>{file}: at {place}: {message}</source>
        <translation>{file}：在 {place}：{message}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="680" />
        <source>{file}: cannot read '{name}' ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="86" />
        <source>{file}: cannot read it ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="440" />
        <source>{file}: each line must hold only seq (1, 2, 3, ...), created_at (text) and record (an object)</source>
        <translation>{file}：每一行只能包含 seq（1、2、3……）、created_at（文本）和 record（对象）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="414" />
        <source>{file}: history step {seq} of proposal {id} is not a readable edit</source>
        <translation>{file}：方案 {id} 的历史步骤 {seq} 不是可读取的编辑</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="155" />
        <location filename="../../junior_planner/services/indicators.py" line="177" />
        <source>{file}: indicator {entry}: {problem}</source>
        <translation>{file}：指标 {entry}：{problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="285" />
        <source>{file}: made by a newer Junior Planner (bundle format {version}; this version reads format {known}); update Junior Planner to open it</source>
        <translation>{file}：由更新版本的少年规划师生成（数据包格式 {version}；本版本只能读取格式 {known}）；请升级少年规划师后再打开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="282" />
        <source>{file}: manifest.json does not describe a Junior Planner bundle</source>
        <translation>{file}：manifest.json 描述的不是少年规划师的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="283" />
        <source>{file}: not valid JSON ({detail} at line {line})</source>
        <translation>{file}：不是有效的 JSON（第 {line} 行：{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="406" />
        <source>{file}: note {note} has a voice note that is not in the bundle</source>
        <translation>{file}：留言 {note} 的语音不在数据包中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="400" />
        <source>{file}: note {note} is on block {block}, which is not in the proposal</source>
        <translation>{file}：留言 {note} 贴在积木 {block} 上，但方案中没有这个积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="403" />
        <source>{file}: note {note} names an author code {code} that the manifest does not list</source>
        <translation>{file}：留言 {note} 的作者编号 {code} 不在清单中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="412" />
        <source>{file}: participant code {code} is not in the manifest</source>
        <translation>{file}：参与者编号 {code} 不在清单中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="369" />
        <source>{file}: participant {code} refers to proposal {id}, which is not in the bundle</source>
        <translation>{file}：参与者 {code} 指向方案 {id}，但数据包中没有该方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="339" />
        <location filename="../../junior_planner/exchange/bundle.py" line="341" />
        <source>{file}: proposal {id} has no '{name}'</source>
        <translation>{file}：方案 {id} 缺少“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="311" />
        <source>{file}: proposal {id} uses the block type '{block}', which this Junior Planner does not have</source>
        <translation>{file}：方案 {id} 使用了积木类型“{block}”，本机的少年规划师没有这种积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="286" />
        <location filename="../../junior_planner/exchange/safezip.py" line="288" />
        <source>{file}: the JSON is nested too deeply</source>
        <translation>{file}：JSON 嵌套层数太多</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="270" />
        <source>{file}: the JSON is too big ({size} bytes; at most {limit})</source>
        <translation>{file}：JSON 太大（{size} 字节；最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="277" />
        <source>{file}: the JSON starts with a byte order mark</source>
        <translation>{file}：JSON 以字节顺序标记（BOM）开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="418" />
        <source>{file}: the block or note count differs from the manifest</source>
        <translation>{file}：积木或留言的数量与清单不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="408" />
        <source>{file}: the favourite block {block} is not in the proposal</source>
        <translation>{file}：最喜欢的积木 {block} 不在方案中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="275" />
        <source>{file}: the file is not UTF-8 text</source>
        <translation>{file}：文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="88" />
        <source>{file}: the file is too big ({size} bytes)</source>
        <translation>{file}：文件太大（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="435" />
        <source>{file}: the line is too long</source>
        <translation>{file}：这一行太长</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="376" />
        <source>{file}: the manifest counts {count} {what}, the bundle holds {actual}</source>
        <translation>{file}：清单记录 {what} 为 {count}，数据包中实际为 {actual}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="414" />
        <source>{file}: the manifest does not list participant {code} in this proposal</source>
        <translation>{file}：清单没有把参与者 {code} 列在这个方案中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="319" />
        <source>{file}: the manifest lists '{name}', which is not part of a bundle</source>
        <translation>{file}：清单列出了“{name}”，但它不属于数据包的内容</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="164" />
        <source>{file}: the member '{name}' has a different name in its local header</source>
        <translation>{file}：文件“{name}”在本地文件头中的名字不同</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="159" />
        <source>{file}: the member '{name}' is damaged</source>
        <translation>{file}：文件“{name}”已损坏</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="201" />
        <location filename="../../junior_planner/exchange/safezip.py" line="212" />
        <source>{file}: the member '{name}' is damaged ({reason})</source>
        <translation>{file}：文件“{name}”已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="204" />
        <source>{file}: the member '{name}' is shorter than it declares</source>
        <translation>{file}：文件“{name}”比它声明的长度短</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="168" />
        <source>{file}: the member '{name}' runs past the end of the data</source>
        <translation>{file}：文件“{name}”超出了数据区的末尾</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="61" />
        <source>{file}: the member name '{name}' climbs out of the bundle with '..'</source>
        <translation>{file}：文件名“{name}”用“..”跳出了数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="50" />
        <source>{file}: the member name '{name}' contains a NUL character</source>
        <translation>{file}：文件名“{name}”包含 NUL 字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="52" />
        <source>{file}: the member name '{name}' contains a backslash</source>
        <translation>{file}：文件名“{name}”包含反斜杠</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="56" />
        <source>{file}: the member name '{name}' is an absolute path</source>
        <translation>{file}：文件名“{name}”是绝对路径</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="63" />
        <source>{file}: the member name '{name}' is not a plain relative path</source>
        <translation>{file}：文件名“{name}”不是普通的相对路径</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="58" />
        <source>{file}: the member name '{name}' starts with a drive letter</source>
        <translation>{file}：文件名“{name}”以盘符开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="124" />
        <source>{file}: the member names '{first}' and '{second}' are the same when case is ignored</source>
        <translation>{file}：忽略大小写后，文件名“{first}”和“{second}”相同</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="154" />
        <source>{file}: the members '{first}' and '{second}' overlap</source>
        <translation>{file}：文件“{first}”和“{second}”相互重叠</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="108" />
        <source>{file}: the members add up to more than {limit} bytes</source>
        <translation>{file}：所有文件加起来超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="416" />
        <source>{file}: the participants differ from the manifest's list</source>
        <translation>{file}：参与者与清单中的名单不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="387" />
        <source>{file}: the proposal belongs to another workshop ({id})</source>
        <translation>{file}：该方案属于另一个工作坊（{id}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="385" />
        <source>{file}: the proposal inside has id {inner}, not {id}</source>
        <translation>{file}：文件中方案的编号是 {inner}，而不是 {id}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="389" />
        <source>{file}: the proposal is on another site ({id})</source>
        <translation>{file}：该方案在另一个场地上（{id}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="305" />
        <source>{file}: the site '{site}' here is not the same model as the one the bundle was made on</source>
        <translation>{file}：本机的场地“{site}”与生成数据包时用的模型不同</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="301" />
        <source>{file}: the site '{site}' is not installed here; import the site first</source>
        <translation>{file}：本机没有场地“{site}”；请先导入该场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="449" />
        <source>{file}: the undo position {pos} is past the {count} history steps</source>
        <translation>{file}：撤销位置 {pos} 超出了 {count} 个历史步骤</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="232" />
        <source>{file}: the written bundle does not hold the files its manifest lists</source>
        <translation>{file}：写出的数据包与其清单所列文件不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="278" />
        <source>{file}: there is no manifest.json; this is not a Junior Planner bundle</source>
        <translation>{file}：没有 manifest.json；这不是少年规划师的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="83" />
        <source>{file}: there is no such file</source>
        <translation>{file}：没有这个文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="92" />
        <source>{file}: this is not a zip file (a bundle is a zip file)</source>
        <translation>{file}：这不是 zip 文件（数据包是 zip 文件）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="104" />
        <source>{file}: too many members ({count}; at most {limit})</source>
        <translation>{file}：文件数量太多（{count} 个；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="275" />
        <source>{file}: unexpected member '{name}' (not part of a Junior Planner bundle)</source>
        <translation>{file}：有不应出现的文件“{name}”（不属于少年规划师数据包）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="258" />
        <source>{file}: valid bundle of workshop '{title}' on site {site}: {proposals} proposals, {blocks} blocks, {annotations} notes, {participants} participants, {files} files</source>
        <translation>{file}：有效的数据包，工作坊“{title}”，场地 {site}：{proposals} 个方案，{blocks} 个积木，{annotations} 条留言，{participants} 位参与者，{files} 个文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="319" />
        <source>{file}: workshop {id} is on another site here ({site})</source>
        <translation>{file}：本机的工作坊 {id} 在另一个场地上（{site}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="154" />
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="26" />
        <source>{path} cannot be read ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="33" />
        <source>{path} has a loop in its node graph</source>
        <translation>{path} 的节点结构中有循环引用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="35" />
        <source>{path} has coordinates that are not finite numbers</source>
        <translation>{path} 中有不是有限数值的坐标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="36" />
        <source>{path} has no triangle with any area</source>
        <translation>{path} 中所有三角形的面积都为零</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="37" />
        <source>{path} has no triangles</source>
        <translation>{path} 中没有三角形</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="34" />
        <source>{path} has too many triangles ({detail})</source>
        <translation>{path} 中的三角形太多了（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="31" />
        <source>{path} is cut short: the file is incomplete ({detail})</source>
        <translation>{path} 被截断了，文件不完整（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="27" />
        <source>{path} is empty</source>
        <translation>{path} 是空文件</translation>
    </message>
    <message>
        <source>{path} is far too large; check --units</source>
        <translation type="vanished">{path} 中的模型尺寸大得离谱，请检查 --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="29" />
        <source>{path} is not a 3D model we can read ({detail})</source>
        <translation>{path} 不是可以读取的 3D 模型（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="45" />
        <source>{path} is not a Junior Planner database; it was left untouched</source>
        <translation>{path} 不是小小规划师的数据库，程序没有改动它</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="48" />
        <location filename="../../junior_planner/services/sites.py" line="76" />
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="30" />
        <source>{path} is not valid JSON ({detail})</source>
        <translation>{path} 不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="28" />
        <source>{path} is too big to import</source>
        <translation>{path} 文件太大，无法导入</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="40" />
        <source>{path} needs too much memory to read (limit {detail})</source>
        <translation>读取 {path} 需要的内存太多（上限 {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="32" />
        <source>{path} refers to another file ({detail}); only self-contained files can be imported</source>
        <translation>{path} 引用了另一个文件（{detail}），只能导入不依赖其他文件的独立文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="39" />
        <source>{path} took too long to read (limit {detail})</source>
        <translation>读取 {path} 花的时间太长（上限 {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="41" />
        <source>{path}: a footprint has no height or levels property ({detail})</source>
        <translation>{path}：有一个建筑轮廓没有 height 或 levels 属性（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="42" />
        <source>{path}: a footprint is not a valid polygon ({detail})</source>
        <translation>{path}：有一个建筑轮廓不是有效的多边形（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="25" />
        <source>{path}: files of type '{detail}' cannot be imported (use glb, gltf, obj, ply, stl, off or geojson)</source>
        <translation>{path}：不能导入“{detail}”类型的文件（请使用 glb、gltf、obj、ply、stl、off 或 geojson）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="38" />
        <source>{path}: the model is kilometres across; check --units</source>
        <translation>{path}：模型有好几公里大，请检查 --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="123" />
        <source>{place}: let's design it together!</source>
        <translation>{place}：我们一起来设计吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="195" />
        <source>{site}: {count} buildable polygons</source>
        <translation>{site}：{count} 个可建区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="552" />
        <location filename="../../junior_planner/services/review.py" line="562" />
        <source>{thing} ({count} of {total} proposals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="554" />
        <location filename="../../junior_planner/services/review.py" line="564" />
        <source>{thing} ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}
{site} - {count} proposals</source>
        <translation type="vanished">{title}
{site} - {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="92" />
        <source>{title}
{site} · proposals: {count}</source>
        <translation>{title}
{site} · 方案：{count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="352" />
        <source>{title} (second version of {id})</source>
        <translation>{title}（{id} 的第二版本）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="250" />
        <location filename="../../junior_planner/services/replay.py" line="50" />
        <source>{value} is not allowed; use a finite number</source>
        <translation>不能使用 {value}，请使用有限的数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="360" />
        <source>{value} of {total}</source>
        <translation>{total} 中的 {value}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="412" />
        <source>…and {count} more notes</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>