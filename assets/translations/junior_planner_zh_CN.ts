<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>junior_planner</name>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="239"/>
        <source>&apos;at&apos; must be [x, y] in metres</source>
        <translation>“at”必须是 [x, y] 形式的坐标，单位为米</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="244"/>
        <source>&apos;reasons&apos; must be a list of reason ids</source>
        <translation>“reasons”必须是理由编号的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="11"/>
        <source>&apos;{block}&apos; is not one of this workshop&apos;s blocks</source>
        <translation>“{block}”不在这个工作坊的积木里</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="64"/>
        <source>&apos;{id}&apos; is the start of {count} proposal ids; give more of it</source>
        <translation>有 {count} 个方案编号以“{id}”开头，请多输入几位</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="54"/>
        <source>&apos;{id}&apos; is the start of {count} workshop ids; give more of it</source>
        <translation>有 {count} 个工作坊编号以“{id}”开头，请多输入几位</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; matches {count} of them; give more of the {what} id</source>
        <translation type="vanished">“{id}”对应了 {count} 个{what}，请多输入几位{what}编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="85"/>
        <location filename="../../junior_planner/services/replay.py" line="96"/>
        <source>&apos;{key}&apos; is missing</source>
        <translation>缺少“{key}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="102"/>
        <source>&apos;{key}&apos; is too long (at most {limit} characters)</source>
        <translation>“{key}”太长了（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="89"/>
        <source>&apos;{key}&apos; must be a finite number</source>
        <translation>“{key}”必须是有限的数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="100"/>
        <source>&apos;{key}&apos; must be text</source>
        <translation>“{key}”必须是文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="164"/>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>“{key}”必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="130"/>
        <source>&apos;{site}&apos; is a bundled site; only imported sites can get a new buildable area</source>
        <translation>“{site}”是自带的场地；只有导入的场地才能设置新的可建区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="108"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="99"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="127"/>
        <source>(no title yet)</source>
        <translation>（还没有名称）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="13"/>
        <source>A building is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="14"/>
        <source>A tree is already growing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/palette.py" line="104"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Blocks</source>
        <translation>积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="140"/>
        <source>Blocks used</source>
        <translation>用到的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="11"/>
        <source>Cars drive here! Try a spot off the road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Children</source>
        <translation>孩子人数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="114"/>
        <source>Choose a proposal to see what the children made and why.</source>
        <translation>选择一个方案，看看孩子们做了什么、为什么这样做。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="72"/>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="33"/>
        <source>Demo: our park</source>
        <translation>演示：我们的公园</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="144"/>
        <source>Favourite</source>
        <translation>最喜欢的</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>I like it</source>
        <translation>我喜欢</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>I love it</source>
        <translation>我超爱</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="151"/>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>Idea</source>
        <translation>好主意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="20"/>
        <source>It cannot get any bigger or smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/app.py" line="23"/>
        <source>Junior Planner</source>
        <translation>小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="26"/>
        <source>Junior Planner - Facilitator</source>
        <translation>小小规划师 - 引导师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="30"/>
        <source>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</source>
        <translation>小小规划师：孩子们用 3D 设计属于自己的地方。不带命令运行时，会打开引导师主页。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="131"/>
        <source>Made by</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="67"/>
        <source>No workshops yet. Create one from the command line: junior-planner workshop new --site ID --title T</source>
        <translation>还没有工作坊。请在命令行中创建一个：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="211"/>
        <source>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</source>
        <translation>还没有工作坊。可以这样创建一个：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="19"/>
        <source>Not enough coins left! Take something away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="36"/>
        <source>Not safe</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Notes</source>
        <translation>便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="15"/>
        <source>People walk here. Keep the path free!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="31"/>
        <source>Preparing the demo workshop in {path}</source>
        <translation>正在 {path} 中准备演示工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58"/>
        <source>Proposal details</source>
        <translation>方案详情</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="45"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="49"/>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="23"/>
        <source>That does not fit there. Try another spot!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="17"/>
        <source>That is outside the place we are planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="12"/>
        <source>That is water! Your block would sink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="21"/>
        <source>This plan is finished. You can look around!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="16"/>
        <source>Too close to another block. Leave some room!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="18"/>
        <source>We cannot build on that ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="147"/>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="39"/>
        <source>Workshops</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="29"/>
        <source>Workshops on this computer</source>
        <translation>这台电脑上的工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>Worried</source>
        <translation>担心</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/pin.py" line="26"/>
        <source>a PIN is 4 to 12 digits</source>
        <translation>PIN 码是 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="354"/>
        <source>a bundled file is not usable</source>
        <translation>一个内置文件无法使用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="94"/>
        <source>a group has at most four children</source>
        <translation>每个小组最多只能有四个孩子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="32"/>
        <source>a note has no field &apos;{field}&apos;</source>
        <translation>便签没有“{field}”这一项</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="27"/>
        <source>a note needs a sticker, a reason, some words or a voice note</source>
        <translation>便签上要有一个贴纸、一个理由、几句话或一段录音</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="231"/>
        <source>a note needs either &apos;target&apos; (a block) or &apos;at&apos; ([x, y])</source>
        <translation>便签需要“target”（一块积木）或“at”（[x, y]），二者选一</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>a place to sit</source>
        <translation>有地方坐</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="12"/>
        <source>a position, angle or size is not a finite number</source>
        <translation>位置、角度或大小不是有效的数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="74"/>
        <source>a pseudonym needs 1 to {limit} characters</source>
        <translation>昵称需要 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <source>a quiet corner</source>
        <translation>安静的角落</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="27"/>
        <source>a workshop title needs 1 to {limit} characters</source>
        <translation>工作坊名称需要 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="18"/>
        <source>an existing tree is there</source>
        <translation>那里已经有一棵树了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="77"/>
        <source>apply an edit script (JSON lines) as one participant group; prints the proposal id</source>
        <translation>以一个小组的身份执行编辑脚本（JSON Lines 格式），并输出方案编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19"/>
        <source>being made</source>
        <translation>正在做</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>blocks</source>
        <translation>积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="68"/>
        <source>budget units each proposal may spend</source>
        <translation>每个方案可以使用的预算单位数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="117"/>
        <source>cannot create an OpenGL context on this display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="47"/>
        <source>cannot reach the display {display}; is the X server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="251"/>
        <location filename="../../junior_planner/services/sites.py" line="138"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="317"/>
        <source>cannot write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="301"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>children</source>
        <translation>孩子人数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>clean toilets</source>
        <translation>干净的厕所</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="49"/>
        <source>could not open {path} ({detail}); check that the disk has space and try again</source>
        <translation>无法打开 {path}（{detail}）；请检查磁盘空间后再试</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="51"/>
        <source>could not read {path} ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="50"/>
        <source>could not save to {path} ({detail}); nothing of that edit was kept</source>
        <translation>无法保存到 {path}（{detail}），这次修改没有被保留</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="65"/>
        <source>create a workshop and print its id</source>
        <translation>创建一个工作坊并输出它的编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="62"/>
        <source>create or list workshops</source>
        <translation>创建或列出工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="75"/>
        <source>each line must be a JSON object</source>
        <translation>每一行都必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="152"/>
        <source>each line needs an &apos;op&apos;</source>
        <translation>每一行都需要一个“op”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <source>for little kids</source>
        <translation>给小小孩</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="62"/>
        <source>give at least 4 characters of the proposal id</source>
        <translation>请至少输入方案编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="52"/>
        <source>give at least 4 characters of the workshop id</source>
        <translation>请至少输入工作坊编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="48"/>
        <source>import a 3D model (glb, gltf, obj, ply, stl, off) or GeoJSON footprints with heights; prints the new site id</source>
        <translation>导入一个 3D 模型（glb、gltf、obj、ply、stl、off）或带高度的 GeoJSON 建筑轮廓，并输出新场地的编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="45"/>
        <source>import a site of your own</source>
        <translation>导入你自己的场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="99"/>
        <source>language of messages and windows</source>
        <translation>提示信息和窗口使用的语言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19"/>
        <source>left unfinished</source>
        <translation>没有做完</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="32"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="73"/>
        <source>list proposals</source>
        <translation>列出方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="59"/>
        <source>list the block catalog, in English and Chinese</source>
        <translation>列出积木目录（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="43"/>
        <source>list the sites, in English and Chinese</source>
        <translation>列出场地（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="70"/>
        <source>list workshops</source>
        <translation>列出工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>meet friends</source>
        <translation>和朋友见面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>more green</source>
        <translation>更多绿色</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <source>more light</source>
        <translation>更多灯光</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>more shade</source>
        <translation>更多树荫</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="71"/>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>notes</source>
        <translation>便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="159"/>
        <source>on the {block}</source>
        <translation>在{block}上</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="69"/>
        <source>only these block types (default: all)</source>
        <translation>只使用这些积木类型（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="74"/>
        <source>only this workshop&apos;s proposals</source>
        <translation>只显示这个工作坊的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="39"/>
        <source>open the app on the bundled demo workshop (prepared on first use)</source>
        <translation>打开应用并进入内置的演示工作坊（第一次使用时自动准备）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="101"/>
        <source>open the window, save a picture of it and quit</source>
        <translation>打开窗口，保存一张截图后退出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="91"/>
        <source>picture size in pixels (default: 1280x800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="38"/>
        <source>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>play together</source>
        <translation>一起玩</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="58"/>
        <source>polygons where children may build</source>
        <translation>孩子们可以搭建的多边形区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="41"/>
        <source>prepare the demo data only</source>
        <translation>只准备演示数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="80"/>
        <source>print &apos;done N&apos; on stderr after each committed line</source>
        <translation>每提交一行后，在标准错误输出（stderr）上打印“done N”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="44"/>
        <location filename="../../junior_planner/cli.py" line="60"/>
        <location filename="../../junior_planner/cli.py" line="71"/>
        <location filename="../../junior_planner/cli.py" line="75"/>
        <source>print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="82"/>
        <source>print a proposal as JSON (the export&apos;s shape)</source>
        <translation>以 JSON 格式输出一个方案（与导出的格式相同）</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="vanished">方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="83"/>
        <location filename="../../junior_planner/cli.py" line="86"/>
        <source>proposal id (or its first characters)</source>
        <translation>方案编号（或它的前几个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <source>proposals</source>
        <translation>方案数</translation>
    </message>
    <message>
        <source>refuse larger models (default: 5,000,000)</source>
        <translation type="vanished">拒绝更大的模型（默认：5,000,000）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="54"/>
        <source>refuse models with more triangles than this (default: {default:,})</source>
        <translation>三角形数量超过此值的模型将被拒绝（默认：{default:,}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>safe crossing</source>
        <translation>安全过马路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="85"/>
        <source>save a picture of a proposal on its site (needs a display, or xvfb-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say &apos;site import FILE&apos;</source>
        <translation type="vanished">请使用“site import FILE”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="161"/>
        <source>say &apos;site import FILE&apos; or &apos;site area SITE_ID FILE&apos;</source>
        <translation>请使用 &apos;site import FILE&apos; 或 &apos;site area SITE_ID FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="195"/>
        <source>say &apos;workshop new&apos; or &apos;workshop list&apos;</source>
        <translation>请使用“workshop new”或“workshop list”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="25"/>
        <source>see --help</source>
        <translation>请查看 --help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="55"/>
        <source>set an imported site&apos;s buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</source>
        <translation>用 GeoJSON 多边形设置导入场地的可建区域（场地本地坐标，单位米；从 GeoJSON 导入的场地用经纬度）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <source>site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="66"/>
        <source>site id (see &apos;junior-planner sites&apos;)</source>
        <translation>场地编号（见“junior-planner sites”）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>size (m)</source>
        <translation>尺寸（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="151"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>sports</source>
        <translation>运动</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="40"/>
        <source>start the demo data again from scratch</source>
        <translation>清空演示数据，从头重新开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="29"/>
        <source>that block is not in this proposal</source>
        <translation>这个方案里没有那块积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="19"/>
        <source>that blocks a path</source>
        <translation>这样会挡住小路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="20"/>
        <source>that ground cannot be built on</source>
        <translation>那块地上不能建东西</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="31"/>
        <source>that id is already used</source>
        <translation>这个编号已经用过了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="16"/>
        <source>that is in the water</source>
        <translation>那里是水面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="17"/>
        <source>that is on a building</source>
        <translation>那里是房子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="15"/>
        <source>that is on the road</source>
        <translation>那里是马路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="14"/>
        <source>that is outside the site</source>
        <translation>那里在场地外面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="21"/>
        <source>that is too close to another block</source>
        <translation>离别的积木太近了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="30"/>
        <source>that note is not in this proposal</source>
        <translation>这个方案里没有那张便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="22"/>
        <source>that size is not allowed for this block (from {min} to {max})</source>
        <translation>这块积木不能是这个大小（只能在 {min} 到 {max} 之间）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="23"/>
        <source>that would go over the budget ({needed} of {budget})</source>
        <translation>这样会超出预算（需要 {needed}，预算只有 {budget}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="73"/>
        <location filename="../../junior_planner/services/replay.py" line="77"/>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套的层数太多了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="76"/>
        <source>the age band must be one of {bands}</source>
        <translation>年龄段必须是以下之一：{bands}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="143"/>
        <source>the area in {path} cannot be used: {reason}</source>
        <translation>{path} 中的区域无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="110"/>
        <location filename="../../junior_planner/services/workshops.py" line="29"/>
        <source>the budget must be a positive number</source>
        <translation>预算必须是正数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="46"/>
        <source>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</source>
        <translation>数据库 {path} 已损坏（{detail}），程序没有改动它：请恢复备份，或寻求帮助</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="47"/>
        <source>the database {path} was made by a newer Junior Planner; please update this one</source>
        <translation>数据库 {path} 是由更新版本的小小规划师创建的，请升级这台电脑上的小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="79"/>
        <source>the edit script, or - for standard input</source>
        <translation>编辑脚本文件，或用 - 表示从标准输入读取</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="50"/>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="53"/>
        <source>the file&apos;s length unit (default: m)</source>
        <translation>文件使用的长度单位（默认：m）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="57"/>
        <source>the imported site</source>
        <translation>导入的场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="44"/>
        <source>the key &apos;{key}&apos; appears twice</source>
        <translation>键“{key}”出现了两次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="132"/>
        <source>the line is longer than {limit} bytes</source>
        <translation>这一行超过了 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="67"/>
        <source>the line is not UTF-8 text</source>
        <translation>这一行不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="297"/>
        <source>the picture must be {low} to {high} pixels wide and high, not {width}x{height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="145"/>
        <source>the script has no edits (it must start with a &apos;join&apos; line)</source>
        <translation>脚本里没有任何编辑（脚本必须以“join”行开头）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="157"/>
        <source>the script must start with a &apos;join&apos; line</source>
        <translation>脚本必须以“join”行开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="308"/>
        <location filename="../../junior_planner/services/workshops.py" line="112"/>
        <source>the site &apos;{site}&apos; of this workshop is not installed here</source>
        <translation>这台电脑上没有安装这个工作坊的场地“{site}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="51"/>
        <source>the site&apos;s name (default: the file name)</source>
        <translation>场地的名称（默认：文件名）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="294"/>
        <source>the size must look like 1280x800 (width x height in pixels), not &apos;{size}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="28"/>
        <source>the words are too long (at most {limit} characters)</source>
        <translation>字写得太多了（最多 {limit} 个字）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="67"/>
        <source>the workshop&apos;s title</source>
        <translation>工作坊的名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="181"/>
        <source>there is no block &apos;{name}&apos; in this proposal</source>
        <translation>这个方案里没有积木“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="10"/>
        <location filename="../../junior_planner/services/workshops.py" line="34"/>
        <source>there is no block type &apos;{block}&apos;</source>
        <translation>没有“{block}”这种积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="52"/>
        <source>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="131"/>
        <source>there is no imported site &apos;{site}&apos;</source>
        <translation>没有名为“{site}”的导入场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="63"/>
        <source>there is no proposal &apos;{id}&apos;</source>
        <translation>没有编号为“{id}”的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="26"/>
        <source>there is no reason chip &apos;{reason}&apos; in this workshop</source>
        <translation>这个工作坊里没有“{reason}”这张理由卡</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="24"/>
        <source>there is no site &apos;{site}&apos; (known sites: {known})</source>
        <translation>没有场地“{site}”（现有的场地：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="25"/>
        <source>there is no sticker &apos;{sticker}&apos;</source>
        <translation>没有“{sticker}”这种贴纸</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="53"/>
        <source>there is no workshop &apos;{id}&apos;</source>
        <translation>没有编号为“{id}”的工作坊</translation>
    </message>
    <message>
        <source>there is no {what} &apos;{id}&apos;</source>
        <translation type="vanished">没有{what}“{id}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="262"/>
        <source>there is nothing to redo</source>
        <translation>没有可以重做的操作</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="256"/>
        <source>there is nothing to undo</source>
        <translation>没有可以撤销的操作</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="13"/>
        <source>this block does not come in &apos;{variant}&apos;</source>
        <translation>这块积木没有“{variant}”这种样式</translation>
    </message>
    <message>
        <source>this block has no colour &apos;{variant}&apos;</source>
        <translation type="vanished">这块积木没有“{variant}”这种颜色</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="24"/>
        <source>this proposal is already finished, so it cannot change</source>
        <translation>这个方案已经完成了，不能再修改</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="88"/>
        <source>top: straight down over the whole site; child: a child&apos;s eye, 1 m above the ground; orbit: the site&apos;s bird&apos;s-eye view (default: top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="362"/>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="109"/>
        <source>unknown field &apos;{key}&apos; for op &apos;{op}&apos;</source>
        <translation>操作“{op}”不支持字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="155"/>
        <source>unknown op &apos;{op}&apos; (known: {known})</source>
        <translation>未知的操作“{op}”（可用的操作：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>water to drink</source>
        <translation>有水喝</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="98"/>
        <source>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</source>
        <translation>工作坊数据库所在的位置（默认：$JUNIOR_PLANNER_DATA 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="90"/>
        <source>where to write the PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="52"/>
        <source>which axis points up in the file (default: y for glTF, z otherwise)</source>
        <translation>文件中朝上的坐标轴（默认：glTF 为 y，其他格式为 z）</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="vanished">工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="78"/>
        <source>workshop id (or its first characters)</source>
        <translation>工作坊编号（或它的前几个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="26"/>
        <source>{path} cannot be read ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="33"/>
        <source>{path} has a loop in its node graph</source>
        <translation>{path} 的节点结构中有循环引用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="35"/>
        <source>{path} has coordinates that are not finite numbers</source>
        <translation>{path} 中有不是有限数值的坐标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="36"/>
        <source>{path} has no triangle with any area</source>
        <translation>{path} 中所有三角形的面积都为零</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="37"/>
        <source>{path} has no triangles</source>
        <translation>{path} 中没有三角形</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="34"/>
        <source>{path} has too many triangles ({detail})</source>
        <translation>{path} 中的三角形太多了（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="31"/>
        <source>{path} is cut short: the file is incomplete ({detail})</source>
        <translation>{path} 被截断了，文件不完整（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="27"/>
        <source>{path} is empty</source>
        <translation>{path} 是空文件</translation>
    </message>
    <message>
        <source>{path} is far too large; check --units</source>
        <translation type="vanished">{path} 中的模型尺寸大得离谱，请检查 --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="29"/>
        <source>{path} is not a 3D model we can read ({detail})</source>
        <translation>{path} 不是可以读取的 3D 模型（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="45"/>
        <source>{path} is not a Junior Planner database; it was left untouched</source>
        <translation>{path} 不是小小规划师的数据库，程序没有改动它</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="48"/>
        <location filename="../../junior_planner/services/sites.py" line="76"/>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="30"/>
        <source>{path} is not valid JSON ({detail})</source>
        <translation>{path} 不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="28"/>
        <source>{path} is too big to import</source>
        <translation>{path} 文件太大，无法导入</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="40"/>
        <source>{path} needs too much memory to read (limit {detail})</source>
        <translation>读取 {path} 需要的内存太多（上限 {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="32"/>
        <source>{path} refers to another file ({detail}); only self-contained files can be imported</source>
        <translation>{path} 引用了另一个文件（{detail}），只能导入不依赖其他文件的独立文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="39"/>
        <source>{path} took too long to read (limit {detail})</source>
        <translation>读取 {path} 花的时间太长（上限 {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="41"/>
        <source>{path}: a footprint has no height or levels property ({detail})</source>
        <translation>{path}：有一个建筑轮廓没有 height 或 levels 属性（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="42"/>
        <source>{path}: a footprint is not a valid polygon ({detail})</source>
        <translation>{path}：有一个建筑轮廓不是有效的多边形（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="25"/>
        <source>{path}: files of type &apos;{detail}&apos; cannot be imported (use glb, gltf, obj, ply, stl, off or geojson)</source>
        <translation>{path}：不能导入“{detail}”类型的文件（请使用 glb、gltf、obj、ply、stl、off 或 geojson）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="38"/>
        <source>{path}: the model is kilometres across; check --units</source>
        <translation>{path}：模型有好几公里大，请检查 --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="165"/>
        <source>{site}: {count} buildable polygons</source>
        <translation>{site}：{count} 个可建区域</translation>
    </message>
    <message>
        <source>{title}
{site} - {count} proposals</source>
        <translation type="vanished">{title}
{site} - {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="84"/>
        <source>{title}
{site} · proposals: {count}</source>
        <translation>{title}
{site} · 方案：{count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="50"/>
        <source>{value} is not allowed; use a finite number</source>
        <translation>不能使用 {value}，请使用有限的数值</translation>
    </message>
</context>
</TS>
