<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>junior_planner</name>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="115"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="66"/>
        <source>%n CityJSON geometry templates were left out</source>
        <translation>
            <numerusform>%n 个 CityJSON 几何模板未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="325"/>
        <location filename="../../junior_planner/services/bundle.py" line="58"/>
        <location filename="../../junior_planner/services/report.py" line="239"/>
        <location filename="../../junior_planner/services/web.py" line="71"/>
        <location filename="../../junior_planner/ui/review/compare.py" line="87"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="220"/>
        <source>%n blocks</source>
        <translation>
            <numerusform>%n 块积木</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="65"/>
        <source>%n building outlines were drawn by their building parts instead</source>
        <translation>
            <numerusform>%n 个建筑轮廓改用其建筑部件来表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="212"/>
        <source>%n bundles could not be opened</source>
        <translation>
            <numerusform>%n 个数据包无法打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/workshops.py" line="151"/>
        <location filename="../../junior_planner/commands/workshops.py" line="166"/>
        <location filename="../../junior_planner/services/data_rights.py" line="270"/>
        <location filename="../../junior_planner/services/web.py" line="73"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="67"/>
        <source>%n city objects have no geometry at the chosen level of detail</source>
        <translation>
            <numerusform>%n 个城市对象在所选细节层次上没有几何形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/workshops.py" line="150"/>
        <location filename="../../junior_planner/commands/workshops.py" line="165"/>
        <location filename="../../junior_planner/services/data_rights.py" line="270"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="176"/>
        <source>%n designs</source>
        <translation>
            <numerusform>%n 个方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="63"/>
        <source>%n entries were not GeoJSON features and were left out</source>
        <translation>
            <numerusform>%n 个条目不是 GeoJSON 要素，未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="61"/>
        <source>%n features had an empty geometry and were left out</source>
        <translation>
            <numerusform>%n 个要素的几何为空，未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="62"/>
        <source>%n features had no geometry and were left out</source>
        <translation>
            <numerusform>%n 个要素没有几何，未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="60"/>
        <source>%n features with unusable polygons were left out</source>
        <translation>
            <numerusform>%n 个要素的多边形无法使用，未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="59"/>
        <source>%n invalid polygons were repaired</source>
        <translation>
            <numerusform>已修复 %n 个无效的多边形</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="265"/>
        <source>%n kept (the archive has a newer version)</source>
        <translation>
            <numerusform>%n 个保留(档案中已有更新的版本)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="270"/>
        <location filename="../../junior_planner/services/archive.py" line="325"/>
        <location filename="../../junior_planner/services/bundle.py" line="59"/>
        <location filename="../../junior_planner/services/report.py" line="239"/>
        <location filename="../../junior_planner/services/web.py" line="72"/>
        <location filename="../../junior_planner/services/web.py" line="153"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="176"/>
        <location filename="../../junior_planner/ui/review/compare.py" line="88"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="220"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n 条便签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/report.py" line="229"/>
        <source>%n notes were left out because they looked like names, numbers or addresses.</source>
        <translation>
            <numerusform>有 %n 条便签因看起来像姓名、号码或地址而被略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="58"/>
        <source>%n of {total} buildings had no height: used {height} m (--default-height)</source>
        <translation>
            <numerusform>{total} 栋建筑中有 %n 栋没有高度：已使用 {height} 米（--default-height）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/proposals.py" line="265"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/bundle.py" line="59"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="177"/>
        <source>%n pictures</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="98"/>
        <source>%n pieces of text, {flagged} to look at</source>
        <translation>
            <numerusform>共 %n 段文字，{flagged} 段需要留意</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/proposals.py" line="265"/>
        <location filename="../../junior_planner/services/archive.py" line="270"/>
        <location filename="../../junior_planner/services/archive.py" line="324"/>
        <location filename="../../junior_planner/services/bundle.py" line="58"/>
        <location filename="../../junior_planner/services/report.py" line="144"/>
        <location filename="../../junior_planner/services/web.py" line="70"/>
        <location filename="../../junior_planner/services/web.py" line="152"/>
        <location filename="../../junior_planner/services/web.py" line="153"/>
        <source>%n proposals</source>
        <translation>
            <numerusform>%n 个方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="261"/>
        <source>%n proposals added</source>
        <translation>
            <numerusform>新增 %n 个方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="210"/>
        <source>%n proposals added; {total} in this review.</source>
        <translation>
            <numerusform>新增 %n 个方案；本次评审共 {total} 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/patterns.py" line="352"/>
        <source>%n proposals built here (x {x0:g} to {x1:g} m, y {y0:g} to {y1:g} m):</source>
        <translation>
            <numerusform>有 %n 个方案在这里搭建（x {x0:g} 至 {x1:g} 米，y {y0:g} 至 {y1:g} 米）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="236"/>
        <source>%n proposals in the city archive ({scope})</source>
        <translation>
            <numerusform>城市档案中有 %n 个方案({scope})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="267"/>
        <source>%n refused (erased on request or without consent)</source>
        <translation>
            <numerusform>%n 个被拒绝(已应要求删除或未获同意)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="64"/>
        <source>%n roads or paths reach beyond the extract and were left out</source>
        <translation>
            <numerusform>%n 条道路或小路超出了数据范围，未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="358"/>
        <source>%n tags and comments written to {path}</source>
        <translation>
            <numerusform>已将 %n 条标签和评论写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="263"/>
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/workshops.py" line="151"/>
        <source>%n voice notes</source>
        <translation>
            <numerusform>%n 条语音留言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/report.py" line="145"/>
        <location filename="../../junior_planner/services/web.py" line="74"/>
        <location filename="../../junior_planner/services/web.py" line="151"/>
        <source>%n workshops</source>
        <translation>
            <numerusform>%n 场工作坊</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="217"/>
        <source>&apos;at&apos; must be [x, y] in metres</source>
        <translation>“at”必须是 [x, y] 形式的坐标，单位为米</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="222"/>
        <source>&apos;reasons&apos; must be a list of reason ids</source>
        <translation>“reasons”必须是理由编号的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="59"/>
        <source>&apos;{band}&apos; is not an age band ({known})</source>
        <translation>“{band}”不是年龄段({known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="11"/>
        <source>&apos;{block}&apos; is not one of this workshop&apos;s blocks</source>
        <translation>“{block}”不在这个工作坊的积木里</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="46"/>
        <source>&apos;{date}&apos; is not a date like 2025-12-31</source>
        <translation>“{date}”不是日期，请写成 2025-12-31 这样的格式</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="96"/>
        <source>&apos;{detail}&apos; is not a detail level ({known})</source>
        <translation>“{detail}”不是可用的细节等级（{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="149"/>
        <source>&apos;{field}&apos; has a language other than en and zh_CN: &apos;{language}&apos;</source>
        <translation>“{field}”含有 en 和 zh_CN 以外的语言：“{language}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="140"/>
        <source>&apos;{field}&apos; has no text in the language &apos;{language}&apos;</source>
        <translation>“{field}”缺少语言“{language}”的文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="143"/>
        <source>&apos;{field}&apos; is missing</source>
        <translation>缺少“{field}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="154"/>
        <source>&apos;{field}&apos;: {reason}</source>
        <translation>“{field}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="166"/>
        <source>&apos;{id}&apos; is the start of {count} participant ids; give more of it</source>
        <translation>“{id}”是 {count} 个参与者编号的开头，请多写几位</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="52"/>
        <source>&apos;{id}&apos; is the start of {count} proposal ids; give more of it</source>
        <translation>有 {count} 个方案编号以“{id}”开头，请多输入几位</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="46"/>
        <source>&apos;{id}&apos; is the start of {count} workshop ids; give more of it</source>
        <translation>有 {count} 个工作坊编号以“{id}”开头，请多输入几位</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; matches {count} of them; give more of the {what} id</source>
        <translation type="vanished">“{id}”对应了 {count} 个{what}，请多输入几位{what}编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="63"/>
        <location filename="../../junior_planner/services/replay.py" line="74"/>
        <source>&apos;{key}&apos; is missing</source>
        <translation>缺少“{key}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="80"/>
        <source>&apos;{key}&apos; is too long (at most {limit} characters)</source>
        <translation>“{key}”太长了（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="67"/>
        <source>&apos;{key}&apos; must be a finite number</source>
        <translation>“{key}”必须是有限的数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="78"/>
        <source>&apos;{key}&apos; must be text</source>
        <translation>“{key}”必须是文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="142"/>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>“{key}”必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="87"/>
        <source>&apos;{lang}&apos; is not a language the kiosk speaks ({known})</source>
        <translation>自助终端不支持语言“{lang}”（可选：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="232"/>
        <source>&apos;{site}&apos; is a bundled site; only imported sites can be geo-referenced here</source>
        <translation>“{site}”是自带的场地；只有导入的场地才能在这里设置地理参考</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="260"/>
        <source>&apos;{site}&apos; is a bundled site; only imported sites can get a new buildable area</source>
        <translation>“{site}”是自带的场地；只有导入的场地才能设置新的可建区域</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; (kept until {date}: {proposals} designs, {children} children)</source>
        <translation type="vanished">“{title}”（保留至 {date}：{proposals} 个方案，{children} 名儿童）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="269"/>
        <source>&apos;{title}&apos; (kept until {date}: {proposals}, {children})</source>
        <translation>“{title}”（保留至 {date}：{proposals}，{children}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="263"/>
        <location filename="../../junior_planner/commands/workshops.py" line="72"/>
        <location filename="../../junior_planner/commands/workshops.py" line="80"/>
        <location filename="../../junior_planner/commands/workshops.py" line="82"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/bundle.py" line="324"/>
        <location filename="../../junior_planner/services/review.py" line="309"/>
        <source>(and %n more problems; see &apos;junior-planner validate&apos;)</source>
        <translation>
            <numerusform>（还有 %n 个问题；请运行 &apos;junior-planner validate&apos; 查看）</numerusform>
        </translation>
    </message>
    <message>
        <source>(and {count} more problems; see &apos;junior-planner validate&apos;)</source>
        <translation type="vanished">（还有 {count} 个问题；请运行 &apos;junior-planner validate&apos; 查看）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="210"/>
        <source>(custom)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="258"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="246"/>
        <source>(empty note)</source>
        <translation>（空白便签）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="196"/>
        <location filename="../../junior_planner/ui/editor/window.py" line="25"/>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="24"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="324"/>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="86"/>
        <source>(no title yet)</source>
        <translation>（还没有名称）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="227"/>
        <source>(no words were written with this reason)</source>
        <translation>（选这个理由时没有写文字）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="230"/>
        <source>(the whole proposal)</source>
        <translation>（整个方案）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="255"/>
        <source>(words left out)</source>
        <translation>（文字已略去）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="271"/>
        <location filename="../../junior_planner/services/archive_review.py" line="50"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="234"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="352"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/data_rights.py" line="237"/>
        <source>- %n children (names, age bands, consent records)</source>
        <translation>
            <numerusform>- %n 名儿童（化名、年龄段、同意记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/data_rights.py" line="236"/>
        <source>- %n designs with their blocks, notes, voice notes and undo history</source>
        <translation>
            <numerusform>- %n 个方案，连同其中的积木、留言、语音留言和撤销记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="203"/>
        <source>- group designs keep the others&apos; work but lose this child&apos;s name and notes: {titles}</source>
        <translation>- 小组方案保留其他孩子的作品，但删除这名孩子的名字和留言：{titles}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="238"/>
        <source>- its facilitator PIN and any kiosk draft</source>
        <translation>- 该工作坊的引导员 PIN 码和自助终端上的草稿</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="205"/>
        <source>- their notes, voice notes and every trace of them in the undo history</source>
        <translation>- 孩子的留言、语音留言，以及撤销记录中的全部痕迹</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="200"/>
        <source>- their own designs, deleted completely: {titles}</source>
        <translation>- 孩子独自完成的方案，将被完整删除：{titles}</translation>
    </message>
    <message>
        <source>- {children} children (names, age bands, consent records)</source>
        <translation type="vanished">- {children} 名儿童（化名、年龄段、同意记录）</translation>
    </message>
    <message>
        <source>- {proposals} designs with their blocks, notes, voice notes and undo history</source>
        <translation type="vanished">- {proposals} 个方案，连同其中的积木、留言、语音留言和撤销记录</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="64"/>
        <source>--pseudonym starts a new proposal; leave it out with --proposal</source>
        <translation>--pseudonym 会开始一个新方案；与 --proposal 一起使用时请省略它</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="37"/>
        <source>--site, --since and --age-band choose part of the city archive: give --db too</source>
        <translation>--site、--since 和 --age-band 用于选择城市档案的一部分:请同时给出 --db</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="34"/>
        <source>--size must be between 0.75 and 2</source>
        <translation>--size 必须在 0.75 到 2 之间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="100"/>
        <source>--size must be {low} to {high} pixels each way, not {width}x{height}</source>
        <translation>--size 的宽和高都必须在 {low} 到 {high} 像素之间，而不是 {width}x{height}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="97"/>
        <source>--size must look like 1280x800 (width x height in pixels), not &apos;{size}&apos;</source>
        <translation>--size 应写成 1280x800 这样（宽 x 高，单位像素），而不是“{size}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="155"/>
        <source>3D detail</source>
        <translation>3D 细节</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="238"/>
        <source>3D detail: full</source>
        <translation>3D 细节：完整</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="238"/>
        <source>3D detail: low</source>
        <translation>3D 细节：低</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="238"/>
        <source>3D detail: normal</source>
        <translation>3D 细节：普通</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="127"/>
        <source>3D drawing: {renderer} (OpenGL {version})</source>
        <translation>3D 绘制：{renderer}（OpenGL {version}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="73"/>
        <source>3D models: the length unit (default: m)</source>
        <translation>三维模型：长度单位（默认：m）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="72"/>
        <source>3D models: which axis points up (default: y for glTF, z otherwise)</source>
        <translation>三维模型：哪个轴朝上（默认：glTF 为 y，其他为 z）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="203"/>
        <source>3D shapes</source>
        <translation>个三维形体</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="179"/>
        <source>4 to 12 digits (needed for the kiosk)</source>
        <translation>4 到 12 位数字（启动自助终端需要）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="13"/>
        <source>A building is already there.</source>
        <translation>那里已经有一栋房子了。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="321"/>
        <source>A comment needs 1 to 4000 characters.</source>
        <translation>评论需要 1 到 4000 个字符。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="237"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="117"/>
        <source>A design for {site}</source>
        <translation>为{site}做的设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="88"/>
        <source>A picture of the place</source>
        <translation>这个地方的图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="320"/>
        <source>A picture of your design</source>
        <translation>你的设计图</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="143"/>
        <source>A review of {proposals} from {workshops}, written {day}</source>
        <translation>汇总 {workshops}的 {proposals}，撰写于 {day}</translation>
    </message>
    <message>
        <source>A review of {proposals} proposals from {workshops} workshops, written {day}</source>
        <translation type="vanished">汇总 {workshops} 场工作坊的 {proposals} 个方案，撰写于 {day}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="140"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="141"/>
        <source>A sound for each action</source>
        <translation>每个动作都有提示音</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="300"/>
        <source>A tag needs 1 to 60 characters.</source>
        <translation>标签需要 1 到 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="14"/>
        <source>A tree is already growing there.</source>
        <translation>那里已经长着一棵树了。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="81"/>
        <source>A workshop&apos;s site cannot change once children may have built on it.</source>
        <translation>孩子们可能已经在场地上搭建，因此工作坊的场地不能再更改。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="149"/>
        <source>Add a friend</source>
        <translation>加一个小伙伴</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="175"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="83"/>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="36"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Ages</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="229"/>
        <source>All blocks</source>
        <translation>全部积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="282"/>
        <source>All data of &apos;{name}&apos; was deleted.</source>
        <translation>“{name}”的所有数据已删除。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="197"/>
        <source>All data of the child &apos;{name}&apos; will be deleted from this computer:</source>
        <translation>将从这台电脑上删除孩子“{name}”的所有数据：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="52"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="35"/>
        <source>All proposals together</source>
        <translation>所有方案一起看</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="69"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="70"/>
        <source>Another name</source>
        <translation>换个名字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="266"/>
        <source>As a child sees it (1 m high)</source>
        <translation>小朋友眼中的样子（1 米高）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="240"/>
        <location filename="../../junior_planner/services/web.py" line="48"/>
        <source>At a child&apos;s eye height</source>
        <translation>孩子视线高度</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="305"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="148"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="47"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="203"/>
        <source>Back to the children</source>
        <translation>回到孩子们的界面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="224"/>
        <source>Because...</source>
        <translation>因为……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="84"/>
        <source>Bigger</source>
        <translation>变大</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="84"/>
        <source>Block</source>
        <translation>积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Blocks</source>
        <translation>积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="191"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="155"/>
        <source>Blocks placed, by age band</source>
        <translation>各年龄段放置的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="203"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="207"/>
        <source>Blocks the children may use</source>
        <translation>孩子们可以使用的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/palette.py" line="140"/>
        <source>Blocks to choose from</source>
        <translation>可以选的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="37"/>
        <source>Blocks used</source>
        <translation>用到的积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="233"/>
        <source>Blocks: all</source>
        <translation>积木：全部</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="233"/>
        <source>Blocks: {count}</source>
        <translation>积木：{count} 种</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="112"/>
        <source>Brought the city archive from schema version {old} to {new}.</source>
        <translation>已将城市档案的结构版本从 {old} 升级到 {new}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="110"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/table.py" line="15"/>
        <source>Budget used</source>
        <translation>已用预算</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="232"/>
        <source>Budget: {budget}</source>
        <translation>预算：{budget}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="69"/>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="86"/>
        <source>Bump! You cannot walk through that.</source>
        <translation>咚！这里走不过去哦。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="239"/>
        <source>Bundles already exported are not touched. This cannot be undone.</source>
        <translation>已经导出的数据包不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="256"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="257"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="235"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="11"/>
        <source>Cars drive here! Try a spot off the road.</source>
        <translation>这里有汽车开过！换个不在马路上的地方吧。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="83"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="116"/>
        <source>Cell size</source>
        <translation>格子大小</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="160"/>
        <source>Checking %n bundles...</source>
        <translation>
            <numerusform>正在检查 %n 个数据包……</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {count} bundles...</source>
        <translation type="vanished">正在检查 {count} 个数据包……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="187"/>
        <source>Checking {file} ({done} of {total})...</source>
        <translation>正在检查 {file}（第 {done} 个，共 {total} 个）……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="184"/>
        <source>Child-friendly indicators</source>
        <translation>儿童友好指标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <source>Children</source>
        <translation>孩子人数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="149"/>
        <source>Children and consent</source>
        <translation>儿童与监护人同意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="158"/>
        <source>Children built their proposals in 3D on a kiosk, placing blocks on a model of the real site and adding notes on why: stickers, reason chips, a few words and, where the guardians agreed, a voice note. Facilitators exported each workshop as a bundle; this report reads those bundles, checked, without changing them.</source>
        <translation>孩子们在自助终端上用 3D 搭建方案：在真实场地的模型上放置积木，并用便签说明原因——贴纸、理由标签、几句话，以及在监护人同意时录制的语音。引导员把每场工作坊导出为数据包；本报告读取经过检查的数据包，不作任何改动。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="64"/>
        <source>Children designed these places in workshops. Open a workshop to see every proposal in 3D.</source>
        <translation>孩子们在工作坊里设计了这些地方。打开一场工作坊，就能看到每个方案的 3D 模型。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="42"/>
        <source>Children in this workshop</source>
        <translation>本工作坊的儿童</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="131"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="132"/>
        <source>Children may record voice notes</source>
        <translation>允许孩子录制语音留言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="219"/>
        <source>Children most often asked for {first} and {second}.</source>
        <translation>孩子们最常提出的是{first}和{second}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="220"/>
        <source>Children most often asked for {first}, {second} and {third}.</source>
        <translation>孩子们最常提出的是{first}、{second}和{third}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="218"/>
        <source>Children most often asked for {first}.</source>
        <translation>孩子们最常提出的是{first}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="63"/>
        <source>Children&apos;s proposals</source>
        <translation>孩子们的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="33"/>
        <source>Children&apos;s proposals for {site}</source>
        <translation>孩子们为{site}做的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="357"/>
        <source>Choose a proposal to see what the children made and why.</source>
        <translation>选择一个方案，看看孩子们做了什么、为什么这样做。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="230"/>
        <source>Choose all blocks</source>
        <translation>选择全部积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="67"/>
        <source>CityJSON: the level of detail to use (default: the highest of each object)</source>
        <translation>CityJSON：使用的细节层次（默认：每个对象的最高层次）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="37"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="233"/>
        <source>Clear the choice of blocks</source>
        <translation>清除积木选择</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="57"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="62"/>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="73"/>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="202"/>
        <source>Close the kiosk</source>
        <translation>关闭展台</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="63"/>
        <source>Close this notice</source>
        <translation>关闭这条通知</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/reading.py" line="25"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="296"/>
        <source>Coins left: {left} of {budget}</source>
        <translation>还剩金币：{left} / {budget}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="101"/>
        <source>Coins per design</source>
        <translation>每个方案的金币数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="321"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="137"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="65"/>
        <source>Compare the two selected</source>
        <translation>对比所选的两个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="90"/>
        <source>Consent for {name}: {answer}</source>
        <translation>{name} 的监护人同意：{answer}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="125"/>
        <source>Consent recorded for &apos;{name}&apos;: no (notice {version}).</source>
        <translation>已记录“{name}”的监护人意见：不同意（告知书版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="124"/>
        <source>Consent recorded for &apos;{name}&apos;: yes (notice {version}).</source>
        <translation>已记录“{name}”的监护人意见：同意（告知书版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="86"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="117"/>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58"/>
        <source>Create a new workshop</source>
        <translation>创建新的工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="253"/>
        <source>Create workshop</source>
        <translation>创建工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="110"/>
        <source>Created the city archive (schema version {version}).</source>
        <translation>已创建城市档案(结构版本 {version})。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="185"/>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="159"/>
        <source>Delete all data after</source>
        <translation>在此日期后删除所有数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="65"/>
        <source>Delete all data of the chosen child</source>
        <translation>删除所选孩子的全部数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="160"/>
        <source>Delete all data of this workshop after a date</source>
        <translation>在某个日期之后删除本工作坊的全部数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="279"/>
        <source>Delete the child&apos;s data</source>
        <translation>删除这名孩子的数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="81"/>
        <source>Delete the chosen workshop and all its data</source>
        <translation>删除所选工作坊及其全部数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="266"/>
        <source>Delete the workshop</source>
        <translation>删除工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="279"/>
        <source>Delete this child&apos;s data?</source>
        <translation>删除这名孩子的数据？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="63"/>
        <source>Delete this child&apos;s data…</source>
        <translation>删除这名孩子的数据…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="266"/>
        <source>Delete this workshop?</source>
        <translation>删除这个工作坊？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="80"/>
        <source>Delete workshop…</source>
        <translation>删除工作坊…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="321"/>
        <source>Deleted %n workshops past their keep-until date:</source>
        <translation>
            <numerusform>已删除 %n 个超过保留期限的工作坊:</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &apos;{title}&apos; ({id}), kept until {date}: {proposals} designs, {children} children.</source>
        <translation type="vanished">已删除“{title}”（{id}），保留期至 {date}：{proposals} 个方案，{children} 名儿童。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="164"/>
        <source>Deleted &apos;{title}&apos; ({id}), kept until {date}: {proposals}, {children}.</source>
        <translation>已删除“{title}”（{id}），保留期至 {date}：{proposals}，{children}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="140"/>
        <source>Deleted all data of &apos;{name}&apos;: {deleted} of their own designs deleted, {changed} group designs without them, {notes} notes, {media} voice notes.</source>
        <translation>已删除“{name}”的所有数据：删除了 {deleted} 个其独自完成的方案，{changed} 个小组方案中移除了此人，{notes} 条留言，{media} 条语音留言。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="187"/>
        <source>Deleted because their keep-until date has passed: {list}</source>
        <translation>以下工作坊已过保留期限，已被删除：{list}</translation>
    </message>
    <message>
        <source>Deleted the workshop &apos;{title}&apos;: {proposals} designs, {children} children, {media} voice notes.</source>
        <translation type="vanished">已删除工作坊“{title}”：{proposals} 个方案，{children} 名儿童，{media} 条语音留言。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="149"/>
        <source>Deleted the workshop &apos;{title}&apos;: {proposals}, {children}, {media}.</source>
        <translation>已删除工作坊“{title}”：{proposals}，{children}，{media}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="34"/>
        <source>Demo: our park</source>
        <translation>演示：我们的公园</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Design</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Designs</source>
        <translation>方案数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="280"/>
        <source>Designs appear here when children press &quot;I&apos;m finished&quot;.</source>
        <translation>小朋友按下“我做完了”后，设计就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="93"/>
        <source>Double-click to type the notice version</source>
        <translation>双击输入告知书版本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="45"/>
        <source>Drawing pictures…</source>
        <translation>正在绘制图片…</translation>
    </message>
    <message>
        <source>EPSG:{code} is not a coordinate system known here</source>
        <translation type="vanished">本机不认识坐标系 EPSG:{code}</translation>
    </message>
    <message>
        <source>EPSG:{code} is not a projected coordinate system in metres</source>
        <translation type="vanished">EPSG:{code} 不是以米为单位的投影坐标系</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="78"/>
        <source>Edit the chosen workshop&apos;s settings</source>
        <translation>编辑所选工作坊的设置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="55"/>
        <source>Edit workshop</source>
        <translation>编辑工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="78"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="33"/>
        <source>Every note and design name the children typed, including earlier versions kept for undo. Remove anything that could identify a child (a real name, a school, a phone number) before exporting.</source>
        <translation>这里列出孩子们输入的每条留言和方案名称，包括为撤销而保留的早期版本。导出前，请删除任何可能识别出孩子身份的内容（真实姓名、学校、电话号码）。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Explorer name</source>
        <translation>探险家名字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="27"/>
        <source>Export for planners</source>
        <translation>导出给规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="162"/>
        <source>Export for planners…</source>
        <translation>导出给规划师…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="355"/>
        <source>Export planner notes</source>
        <translation>导出规划师笔记</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="63"/>
        <source>Export planner notes (CSV)...</source>
        <translation>导出规划师笔记（CSV）……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="169"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="162"/>
        <source>Export the chosen workshop for planners</source>
        <translation>将所选工作坊导出给规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="175"/>
        <source>Exported {proposals} ({annotations}, {pictures}) to {path}. Every checksum verified.</source>
        <translation>已将 {proposals}（{annotations}，{pictures}）导出到 {path}。所有校验和均已核对。</translation>
    </message>
    <message>
        <source>Exported {proposals} designs ({annotations} notes, {pictures} pictures) to {path}. Every checksum verified.</source>
        <translation type="vanished">已将 {proposals} 个方案（{annotations} 条留言，{pictures} 张图片）导出到 {path}。所有校验和均已核对。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="41"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="201"/>
        <source>Facilitator</source>
        <translation>引导师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="178"/>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="27"/>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="72"/>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="81"/>
        <source>Facilitator PIN</source>
        <translation>引导师 PIN 码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="41"/>
        <source>Favourite</source>
        <translation>最喜欢的</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="143"/>
        <source>For the planning team. The children&apos;s own proposals, patterns across them, and their words.</source>
        <translation>供规划团队使用：孩子们自己的方案、方案之间的规律，以及他们的原话。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="240"/>
        <location filename="../../junior_planner/services/web.py" line="47"/>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="45"/>
        <source>From above</source>
        <translation>从天上看</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="259"/>
        <source>From the top</source>
        <translation>从上面看</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="150"/>
        <source>Full: every tree and roof (a fast computer)</source>
        <translation>完整：每棵树、每个屋顶都画出来（性能好的电脑）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="64"/>
        <source>GeoPackage: the layer to read (default: every layer, sorted by its tags)</source>
        <translation>GeoPackage：要读取的图层（默认：所有图层，按属性分类）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="116"/>
        <source>Give people a role with: GRANT jp_planner TO &lt;login&gt;;  or  GRANT jp_facilitator TO &lt;login&gt;;</source>
        <translation>给人员分配角色:GRANT jp_planner TO &lt;登录名&gt;; 或 GRANT jp_facilitator TO &lt;登录名&gt;;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="300"/>
        <source>Good idea</source>
        <translation>好主意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="87"/>
        <source>Grid</source>
        <translation>格子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="142"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="147"/>
        <source>Here is your secret explorer name. Tap your age.</source>
        <translation>这是你的秘密探险家名字。点一下你的年龄。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="199"/>
        <source>How children felt about each place</source>
        <translation>孩子们对各个地点的感受</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="157"/>
        <source>How children felt about each place (left: worried or not safe; right: love, like, idea)</source>
        <translation>孩子们对各个地点的感受（左：担心或不安全；右：喜爱、喜欢、点子）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="291"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="299"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216"/>
        <source>How do you feel about it?</source>
        <translation>你觉得怎么样？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="149"/>
        <source>How finely the 3D view draws the site</source>
        <translation>3D 视图画场地的精细程度</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="171"/>
        <source>How to read the maps: each coloured square is a cell of {cell:g} m; its colour counts the proposals that placed at least one block there, so one group placing many blocks in one corner counts once. A group with children of several ages counts in each of their age bands.</source>
        <translation>如何阅读地图：每个彩色方格边长 {cell:g} 米；颜色表示在该格内至少放了一块积木的方案数，因此一个小组在同一角落放了许多积木也只计一次。小组里的孩子若分属几个年龄段，则在每个年龄段各计一次。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="72"/>
        <source>I am {band} years old</source>
        <translation>我 {band} 岁</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="12"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="300"/>
        <source>I like it</source>
        <translation>我喜欢</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="12"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="300"/>
        <source>I love it</source>
        <translation>我超爱</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="292"/>
        <source>I&apos;m finished</source>
        <translation>我做完了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="24"/>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="12"/>
        <source>Idea</source>
        <translation>好主意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="117"/>
        <source>Idle time</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="234"/>
        <source>Idle: {minutes} min</source>
        <translation>空闲：{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="51"/>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="58"/>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="69"/>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="72"/>
        <source>Import a site</source>
        <translation>导入场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="85"/>
        <source>Import a site from your office&apos;s GIS or 3D files</source>
        <translation>从单位的 GIS 或三维文件导入场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="84"/>
        <source>Import a site...</source>
        <translation>导入场地…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="198"/>
        <source>Imported &apos;{name}&apos; as site {site}</source>
        <translation>已将“{name}”导入为场地 {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="165"/>
        <source>Include pictures of each design in the export</source>
        <translation>在导出中包含每个方案的图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="20"/>
        <source>It cannot get any bigger or smaller.</source>
        <translation>它不能再变大或变小了。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/app.py" line="22"/>
        <location filename="../../junior_planner/app.py" line="49"/>
        <location filename="../../junior_planner/ui/review/window.py" line="390"/>
        <source>Junior Planner</source>
        <translation>小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="45"/>
        <source>Junior Planner - Facilitator</source>
        <translation>小小规划师 - 引导师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="45"/>
        <source>Junior Planner - Review</source>
        <translation>少年规划师 - 方案评审</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="235"/>
        <source>Junior Planner - Review of the city archive: {scope}</source>
        <translation>小小规划师 - 审阅城市档案:{scope}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="182"/>
        <source>Junior Planner - our designs - {title}</source>
        <translation>小小规划师 - 我们的设计 - {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/window.py" line="26"/>
        <source>Junior Planner - {site} - {title}</source>
        <translation>小小规划师 - {site} - {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="180"/>
        <source>Junior Planner bundles (*.jpbundle *.zip)</source>
        <translation>少年规划师数据包 (*.jpbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="134"/>
        <source>Junior Planner does not collect children&apos;s names, birth dates, schools, photos or locations. Children appear only as anonymous codes (C01, C02, ...) that change with every export, with an age band.</source>
        <translation>少年规划师不收集孩子的姓名、出生日期、学校、照片或位置。孩子只以匿名编号（C01、C02……）和年龄段出现，编号在每次导出时都会改变。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="266"/>
        <source>Junior Planner {version}</source>
        <translation>少年规划师 {version}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="29"/>
        <source>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</source>
        <translation>小小规划师：孩子们用 3D 设计属于自己的地方。不带命令运行时，会打开引导师主页。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="305"/>
        <source>Keep building</source>
        <translation>继续搭</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="36"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="38"/>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="162"/>
        <source>Keep the data until</source>
        <translation>数据保留至</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="174"/>
        <source>Keep until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="239"/>
        <source>Kept until {date}</source>
        <translation>保留至 {date}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="37"/>
        <source>Kinds of things</source>
        <translation>设施种类</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="124"/>
        <source>Kiosk language: {name}</source>
        <translation>自助终端语言：{name}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="129"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="38"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="150"/>
        <source>Let&apos;s build!</source>
        <translation>开始搭建！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="98"/>
        <source>Limit the coins</source>
        <translation>限制金币</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="99"/>
        <source>Limit the coins each design may spend</source>
        <translation>限制每个方案可以花费的金币</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Look at</source>
        <translation>需要留意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="152"/>
        <source>Low: an old computer without a 3D graphics card</source>
        <translation>低：没有 3D 显卡的旧电脑</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="242"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="243"/>
        <location filename="../../junior_planner/services/web.py" line="44"/>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="28"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="121"/>
        <source>Made by</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="61"/>
        <source>Made with Junior Planner from a workshop bundle. 3D drawing: three.js (MIT licence). Pictures of stickers and reasons: Twemoji (CC-BY 4.0).</source>
        <translation>由小小规划师根据工作坊数据包生成。3D 绘制：three.js（MIT 许可）。贴纸和理由的图片：Twemoji（CC-BY 4.0）。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="150"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="113"/>
        <source>Minutes before an idle kiosk starts over</source>
        <translation>自助终端无人操作多少分钟后回到开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="231"/>
        <source>My design</source>
        <translation>我的设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="153"/>
        <source>My design: {title}</source>
        <translation>我的设计：{title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="297"/>
        <source>Name of the design</source>
        <translation>设计的名字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="28"/>
        <source>New facilitator PIN (4 to 12 digits): </source>
        <translation>新的引导师 PIN 码（4 到 12 位数字）：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="55"/>
        <source>New workshop</source>
        <translation>新建工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58"/>
        <source>New workshop…</source>
        <translation>新建工作坊…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="305"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="353"/>
        <source>Next child</source>
        <translation>下一位小朋友</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="306"/>
        <source>Next design</source>
        <translation>下一个设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="232"/>
        <source>No blocks</source>
        <translation>不选积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="232"/>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="60"/>
        <source>No children have joined this workshop yet.</source>
        <translation>还没有孩子加入这个工作坊。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="279"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="308"/>
        <source>No finished designs yet</source>
        <translation>还没有做完的设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="239"/>
        <source>No keep-until date</source>
        <translation>未设保留期限</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="43"/>
        <source>No notes on this block.</source>
        <translation>这块积木上没有便签。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="67"/>
        <source>No proposal matches these filters.</source>
        <translation>没有符合这些筛选条件的方案。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="211"/>
        <source>No proposals match these filters.</source>
        <translation>没有符合这些筛选条件的方案。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="206"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="222"/>
        <source>No reasons were given in these {total} proposals.</source>
        <translation>这 {total} 个方案中没有给出理由。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="161"/>
        <source>No workshop is past its keep-until date.</source>
        <translation>没有工作坊超过保留期限。</translation>
    </message>
    <message>
        <source>No workshops yet. Create one from the command line: junior-planner workshop new --site ID --title T</source>
        <translation type="vanished">还没有工作坊。请在命令行中创建一个：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="50"/>
        <source>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</source>
        <translation>还没有工作坊。可以这样创建一个：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="153"/>
        <source>No workshops yet. Press “New workshop…”, or on the command line: junior-planner workshop new --site ID --title T</source>
        <translation>还没有工作坊。请点击“新建工作坊…”，或在命令行中输入：junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="151"/>
        <source>Normal: simpler trees and roofs (most computers)</source>
        <translation>普通：树和屋顶画得简单些（大多数电脑）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="19"/>
        <source>Not enough coins left! Take something away first.</source>
        <translation>金币不够了！先拿走一些东西吧。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="72"/>
        <source>Not exported: {reason}</source>
        <translation>未导出：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="77"/>
        <source>Not right. %n tries left.</source>
        <translation>
            <numerusform>不对哦，还能试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not right. {count} tries left.</source>
        <translation type="vanished">不对哦，还能试 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="13"/>
        <source>Not safe</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Notes</source>
        <translation>便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="192"/>
        <source>Notes (click one to fly there)</source>
        <translation>便签（点击一条即可飞到那里）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="320"/>
        <source>Nothing in the archive is past its keep-until date.</source>
        <translation>档案中没有超过保留期限的内容。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="66"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Notice version</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="41"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="306"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="66"/>
        <source>On the ground</source>
        <translation>在地面上</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="130"/>
        <source>One frame of the demo site at {width}x{height}:</source>
        <translation>在 {width}x{height} 下画一帧演示场地所需时间：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="135"/>
        <source>Only when the guardians&apos; consent covers audio. Exports leave audio out unless asked.</source>
        <translation>仅在监护人的同意包含录音时开启。除非特别要求，导出时不包含录音。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="149"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="327"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="337"/>
        <source>Oops, that could not be saved. Please tell a grown-up.</source>
        <translation>哎呀，没能保存。请告诉大人。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="158"/>
        <source>Open a proposal from the table.</source>
        <translation>请从表格中打开一个方案。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="62"/>
        <source>Open bundles...</source>
        <translation>打开数据包……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="131"/>
        <source>Open in 3D</source>
        <translation>用3D打开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="133"/>
        <source>Open the chosen proposal in the 3D editor</source>
        <translation>在3D编辑器中打开选中的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="126"/>
        <source>Open the workshop bundles (.jpbundle) to review, or drop them on this window.</source>
        <translation>打开要评审的工作坊数据包（.jpbundle），或把它们拖到这个窗口里。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="179"/>
        <source>Open workshop bundles</source>
        <translation>打开工作坊数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="171"/>
        <source>Opening the city archive ({scope})...</source>
        <translation>正在打开城市档案({scope})……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="58"/>
        <source>Opening the proposals...</source>
        <translation>正在打开方案……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="118"/>
        <source>Our design</source>
        <translation>我们的设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="302"/>
        <source>Our designs: {title}</source>
        <translation>我们的设计：{title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="296"/>
        <source>Our dream park</source>
        <translation>我们的梦想乐园</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="271"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="132"/>
        <source>Our favourite</source>
        <translation>我们最喜欢的</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="181"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="31"/>
        <source>PIN digits entered</source>
        <translation>已输入的 PIN 位数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="166"/>
        <source>Participants by age band: {bands}. {consent} of {total} children have a recorded consent from their guardians.</source>
        <translation>各年龄段参与人数：{bands}。{total} 名孩子中有 {consent} 名有监护人同意的记录。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="136"/>
        <source>Patterns</source>
        <translation>规律</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="15"/>
        <source>People walk here. Keep the path free!</source>
        <translation>大家在这里走路，别挡住小路哦！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/reading.py" line="22"/>
        <source>Pick a block, then tap where it goes.</source>
        <translation>选一个设施，再点一下要放的地方。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="28"/>
        <source>Planner bundles (*.jpbundle)</source>
        <translation>规划师数据包 (*.jpbundle)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="85"/>
        <source>Planner tag</source>
        <translation>规划师标签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/table.py" line="15"/>
        <source>Planner tags</source>
        <translation>规划师标签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="168"/>
        <source>Play the voice note</source>
        <translation>播放语音便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="149"/>
        <source>Point at a cell to see the proposals behind it.</source>
        <translation>把鼠标指向一个格子，即可看到该格对应的方案。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="46"/>
        <source>PostGIS is not installed on the database server ({reason})</source>
        <translation>数据库服务器上没有安装 PostGIS({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="32"/>
        <source>Preparing the demo workshop in {path}</source>
        <translation>正在 {path} 中准备演示工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="303"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="304"/>
        <source>Previous design</source>
        <translation>上一个设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="106"/>
        <source>Proposal details</source>
        <translation>方案详情</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/services/web.py" line="34"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="93"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="97"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="144"/>
        <location filename="../../junior_planner/ui/review/window.py" line="113"/>
        <location filename="../../junior_planner/ui/review/window.py" line="135"/>
        <source>Proposals</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="55"/>
        <source>Publishing {file} ({done} of {total})...</source>
        <translation>正在发布 {file}(第 {done} 个,共 {total} 个)……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="137"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="143"/>
        <source>Put slides, trees, benches and more where you want them, and tell us why.</source>
        <translation>把滑梯、树、长椅等等放到你想要的地方，再告诉我们为什么。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="236"/>
        <source>Read aloud: off</source>
        <translation>朗读：关</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="236"/>
        <source>Read aloud: on</source>
        <translation>朗读：开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="137"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="138"/>
        <source>Read each screen aloud when it opens</source>
        <translation>每个页面打开时朗读出来</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="40"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="141"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="294"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="351"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="145"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="219"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="379"/>
        <source>Read it to me</source>
        <translation>读给我听</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="175"/>
        <source>Reading the city archive...</source>
        <translation>正在读取城市档案……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="56"/>
        <source>Reading {file}...</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="183"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="186"/>
        <source>Reason chips children can pick</source>
        <translation>孩子们可以选择的理由标签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="41"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="195"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="156"/>
        <source>Reasons given, by age band</source>
        <translation>各年龄段给出的理由</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="232"/>
        <source>Record again</source>
        <translation>再录一次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="81"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="86"/>
        <source>Remove</source>
        <translation>拿走</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="177"/>
        <source>Remove tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="62"/>
        <source>Remove the chosen words everywhere they are stored</source>
        <translation>从所有存储位置删除所选文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="60"/>
        <source>Remove these words</source>
        <translation>删除这些文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="234"/>
        <source>Remove this note</source>
        <translation>删掉这条便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="116"/>
        <source>Removed. The words are gone from the design and its undo history.</source>
        <translation>已删除。这些文字已从方案及其撤销记录中移除。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="55"/>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="59"/>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="160"/>
        <source>Review and remove words the children typed</source>
        <translation>检查并删除孩子们输入的文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="159"/>
        <source>Review free text…</source>
        <translation>检查自由文字…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="29"/>
        <source>Review the children&apos;s words</source>
        <translation>检查孩子们的文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="38"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="115"/>
        <source>Roles and grants applied:</source>
        <translation>已设置的角色和权限:</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="156"/>
        <source>Run &apos;junior-planner doctor&apos; on the kiosk to see which one it needs.</source>
        <translation>在自助终端上运行 &apos;junior-planner doctor&apos;，看看它适合哪一档。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="236"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="83"/>
        <source>Save as PNG</source>
        <translation>保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="83"/>
        <source>Save as SVG</source>
        <translation>保存为 SVG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="253"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="182"/>
        <source>Save comment</source>
        <translation>保存评论</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="90"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="232"/>
        <source>Say it</source>
        <translation>说出来</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="229"/>
        <source>Say it in your own words</source>
        <translation>用你自己的话说说</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="293"/>
        <source>Say why</source>
        <translation>说说为什么</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="295"/>
        <source>Set a PIN for &apos;{title}&apos; first (Edit…): the PIN is the only way to close the kiosk.</source>
        <translation>请先为“{title}”设置 PIN 码（编辑…）：PIN 码是关闭自助终端的唯一方式。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="86"/>
        <source>Shapefile, GeoPackage, GeoJSON, OpenStreetMap, CityJSON, glTF or OBJ</source>
        <translation>Shapefile、GeoPackage、GeoJSON、OpenStreetMap、CityJSON、glTF 或 OBJ</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="65"/>
        <source>Shapefile: the text encoding of the attributes (default: the .cpg, else UTF-8, else GBK/GB18030)</source>
        <translation>Shapefile：属性文字的编码（默认：按 .cpg，否则 UTF-8，再否则 GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="116"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="72"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="90"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="116"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <location filename="../../junior_planner/ui/review/window.py" line="82"/>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="52"/>
        <source>Site files ({patterns})</source>
        <translation>场地文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="180"/>
        <source>Site: {site}</source>
        <translation>场地：{site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="85"/>
        <source>Smaller</source>
        <translation>变小</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="87"/>
        <source>Snap</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="214"/>
        <source>Some bundles could not be opened</source>
        <translation>有些数据包无法打开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="146"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="237"/>
        <source>Sounds: off</source>
        <translation>提示音：关</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="237"/>
        <source>Sounds: on</source>
        <translation>提示音：开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="144"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="145"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="138"/>
        <source>Start kiosk</source>
        <translation>启动自助终端</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="138"/>
        <source>Start the children&apos;s kiosk for this workshop</source>
        <translation>为这个工作坊启动儿童自助终端</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="100"/>
        <source>Step back</source>
        <translation>向后退</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="84"/>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="40"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Stickers</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="232"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="138"/>
        <source>Suggestion: set the workshop&apos;s 3D detail to &apos;{level}&apos; (junior-planner workshop edit ID --detail {level}).</source>
        <translation>建议：把工作坊的 3D 细节设为“{level}”（junior-planner workshop edit ID --detail {level}）。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="136"/>
        <source>Suggestion: this computer is too slow for the 3D view even at low detail; use another one.</source>
        <translation>建议：这台电脑即使用低细节也画不动 3D 视图；请换一台电脑。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="300"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="289"/>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="39"/>
        <source>Tap a block to see why the children put it there.</source>
        <translation>点一下积木，看看孩子们为什么把它放在那里。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="361"/>
        <source>Thank you for helping plan {site}!</source>
        <translation>谢谢你帮忙规划{site}！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="348"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="352"/>
        <source>Thank you, {names}! The planners will see your ideas.</source>
        <translation>谢谢你们，{names}！规划师会看到你们的想法。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="23"/>
        <source>That does not fit there. Try another spot!</source>
        <translation>放不下，换个地方试试吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="17"/>
        <source>That is outside the place we are planning.</source>
        <translation>那里不在我们要设计的地方里面。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="12"/>
        <source>That is water! Your block would sink.</source>
        <translation>那是水！放上去会沉下去的。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="32"/>
        <source>The PIN for &apos;{title}&apos; is set.</source>
        <translation>“{title}”的 PIN 码已设置。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="99"/>
        <source>The children typed no words in this workshop.</source>
        <translation>这个工作坊里孩子们没有输入文字。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="260"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="165"/>
        <source>The children&apos;s notes</source>
        <translation>孩子们的便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="40"/>
        <source>The children&apos;s words</source>
        <translation>孩子们的文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="90"/>
        <source>The chosen workshop</source>
        <translation>所选工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="232"/>
        <source>The city archive could not be opened</source>
        <translation>无法打开城市档案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="230"/>
        <source>The city archive could not be opened.</source>
        <translation>无法打开城市档案。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="238"/>
        <source>The city archive has no proposals in {scope}.</source>
        <translation>城市档案中没有{scope}的方案。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="114"/>
        <source>The city archive is up to date (schema version {version}).</source>
        <translation>城市档案已是最新(结构版本 {version})。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="299"/>
        <source>The kiosk could not be started.</source>
        <translation>自助终端无法启动。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="301"/>
        <source>The kiosk for &apos;{title}&apos; is starting.</source>
        <translation>“{title}”的自助终端正在启动。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="109"/>
        <source>The proposal seen from above</source>
        <translation>从上面看这个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="53"/>
        <source>The two cameras move together: turn or zoom either view.</source>
        <translation>两个视角同步移动：旋转或缩放任一视图即可。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="269"/>
        <source>The workshop &apos;{title}&apos; and all its data were deleted.</source>
        <translation>工作坊“{title}”及其全部数据已删除。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="235"/>
        <source>The workshop &apos;{title}&apos; and all its data will be deleted from this computer:</source>
        <translation>将从这台电脑上删除工作坊“{title}”及其全部数据：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="99"/>
        <source>The workshop &apos;{title}&apos; is updated.</source>
        <translation>工作坊“{title}”已更新。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="42"/>
        <source>Their words</source>
        <translation>他们写的话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/review_patterns.py" line="233"/>
        <source>These come from %n children (ages {bands}).</source>
        <translation>
            <numerusform>这些来自 %n 名孩子（年龄段 {bands}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>These come from {children} children (ages {bands}).</source>
        <translation type="vanished">这些来自 {children} 名孩子（年龄段 {bands}）。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="229"/>
        <source>They most often placed {first} and {second}.</source>
        <translation>他们最常放置的是{first}和{second}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="230"/>
        <source>They most often placed {first}, {second} and {third}.</source>
        <translation>他们最常放置的是{first}、{second}和{third}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="228"/>
        <source>They most often placed {first}.</source>
        <translation>他们最常放置的是{first}。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="51"/>
        <source>This browser cannot draw 3D here (WebGL is switched off). The lists and pictures still work.</source>
        <translation>这个浏览器在这里无法绘制 3D（WebGL 已关闭）。列表和图片仍然可以查看。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="206"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="129"/>
        <source>This is drawing in software (no 3D graphics driver): choose a lower detail level.</source>
        <translation>当前用软件绘制（没有 3D 显卡驱动）：请选择较低的细节等级。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="52"/>
        <source>This page cannot show the proposals: {what}</source>
        <translation>此页面无法显示方案：{what}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="59"/>
        <source>This page needs JavaScript.</source>
        <translation>此页面需要启用 JavaScript。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="49"/>
        <source>This picture is missing from the bundle.</source>
        <translation>数据包里缺少这张图片。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="21"/>
        <source>This plan is finished. You can look around!</source>
        <translation>这个方案已经完成了。你可以到处看看！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="36"/>
        <source>Tick consent when a guardian has agreed, and note which version of the notice they saw. Without consent, nothing of the child should leave this computer.</source>
        <translation>监护人同意后请勾选“同意”，并注明他们看到的告知书版本。没有同意，孩子的任何数据都不应离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="95"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="16"/>
        <source>Too close to another block. Leave some room!</source>
        <translation>离别的东西太近了，留点空吧！</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="75"/>
        <source>Too many tries. Wait %n seconds.</source>
        <translation>
            <numerusform>试的次数太多了，请等 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many tries. Wait {seconds} seconds.</source>
        <translation type="vanished">试的次数太多了，请等 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="203"/>
        <source>Top reasons, in the children&apos;s words</source>
        <translation>主要理由与孩子们的原话</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="82"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="83"/>
        <source>Turn</source>
        <translation>转动</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="98"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="102"/>
        <source>Turn left</source>
        <translation>向左转</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="99"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="103"/>
        <source>Turn right</source>
        <translation>向右转</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="81"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/table.py" line="15"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="233"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="276"/>
        <source>Voice note</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="134"/>
        <source>Voice notes</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="235"/>
        <source>Voice notes: off</source>
        <translation>语音留言：关闭</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="235"/>
        <source>Voice notes: on</source>
        <translation>语音留言：开启</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="97"/>
        <source>Walk</source>
        <translation>向前走</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="45"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="88"/>
        <source>Walk in</source>
        <translation>走进去</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="18"/>
        <source>We cannot build on that ground.</source>
        <translation>这块地上不能建东西。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/render/printing/sheet.py" line="286"/>
        <source>We placed %n things</source>
        <translation>
            <numerusform>我们放了 %n 样东西</numerusform>
        </translation>
    </message>
    <message>
        <source>We placed {count} things</source>
        <translation type="vanished">我们放了 {count} 样东西</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="306"/>
        <source>We&apos;re done!</source>
        <translation>我们做完啦！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="65"/>
        <source>What children asked for most, in all these workshops</source>
        <translation>在所有这些工作坊里，孩子们最常提出的需要</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="142"/>
        <source>What children proposed</source>
        <translation>孩子们的提案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="288"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="295"/>
        <source>What is your design called?</source>
        <translation>你的设计叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="132"/>
        <source>Where children built</source>
        <translation>孩子们在哪里搭建</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="187"/>
        <source>Where children built (all blocks): proposals per {cell:g} m cell</source>
        <translation>孩子们在哪里搭建（全部积木）：每 {cell:g} 米格子内的方案数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/patterns.py" line="260"/>
        <source>Where children built: {what}, %n proposals</source>
        <translation>
            <numerusform>孩子们在哪里搭建：{what}，%n 个方案</numerusform>
        </translation>
    </message>
    <message>
        <source>Where children built: {what}, {count} proposals</source>
        <translation type="vanished">孩子们在哪里搭建：{what}，{count} 个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="38"/>
        <source>Where children put things (heatmap)</source>
        <translation>孩子们把东西放在哪里（热力图）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="290"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="298"/>
        <source>Which one do you like best?</source>
        <translation>你最喜欢哪一个？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="142"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="146"/>
        <source>Who is building?</source>
        <translation>谁在搭建？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="50"/>
        <source>Whole site</source>
        <translation>整个场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="44"/>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="312"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="145"/>
        <source>Why we made it like this</source>
        <translation>我们为什么这样设计</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="220"/>
        <source>Why? Tell the planners!</source>
        <translation>为什么？告诉规划师吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="57"/>
        <source>Words to put in place of the removed ones</source>
        <translation>用来替换被删除文字的内容</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <location filename="../../junior_planner/ui/review/window.py" line="82"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="93"/>
        <source>Workshop title</source>
        <translation>工作坊名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="67"/>
        <source>Workshops</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="52"/>
        <source>Workshops on this computer</source>
        <translation>这台电脑上的工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="13"/>
        <source>Worried</source>
        <translation>担心</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="363"/>
        <source>Write a report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="64"/>
        <source>Write a report (PDF)...</source>
        <translation>生成报告（PDF）……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="53"/>
        <source>Writing and checking the bundle…</source>
        <translation>正在写入并检查数据包…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="369"/>
        <source>Writing the report...</source>
        <translation>正在生成报告……</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Written by</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="286"/>
        <source>Your tags and comments below are about: {what}</source>
        <translation>下面的标签和评论针对：{what}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="230"/>
        <source>Your words</source>
        <translation>你的话</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="32"/>
        <source>[removed]</source>
        <translation>[已删除]</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="60"/>
        <source>a 3D model without coordinates: where its origin stands, in --crs</source>
        <translation>没有坐标的三维模型：其原点在 --crs 坐标系中的位置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/pin.py" line="26"/>
        <source>a PIN is 4 to 12 digits</source>
        <translation>PIN 码是 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="245"/>
        <source>a block type (default: every block)</source>
        <translation>一种积木(默认:所有积木)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="271"/>
        <source>a brace {{ or }} is not closed (write {{{{ and }}}} for a brace itself)</source>
        <translation>有一个 {{ 或 }} 没有配对（要写括号本身，请写 {{{{ 和 }}}}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="338"/>
        <source>a bundled file is not usable</source>
        <translation>一个内置文件无法使用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="180"/>
        <source>a comment for the planning team (kept on this computer only)</source>
        <translation>写给规划团队的评论（只保存在这台电脑上）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="80"/>
        <source>a group has at most four children</source>
        <translation>每个小组最多只能有四个孩子</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="123"/>
        <location filename="../../junior_planner/cli.py" line="197"/>
        <source>a normal window instead of full screen (for trying it out)</source>
        <translation>用普通窗口而不是全屏（试用时）</translation>
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
        <location filename="../../junior_planner/services/replay.py" line="209"/>
        <source>a note needs either &apos;target&apos; (a block) or &apos;at&apos; ([x, y])</source>
        <translation>便签需要“target”（一块积木）或“at”（[x, y]），二者选一</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="150"/>
        <location filename="../../junior_planner/services/data_rights.py" line="176"/>
        <source>a notice version has at most {limit} characters</source>
        <translation>告知书版本最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="35"/>
        <source>a place to sit</source>
        <translation>有地方坐</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="12"/>
        <source>a position, angle or size is not a finite number</source>
        <translation>位置、角度或大小不是有效的数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="60"/>
        <source>a pseudonym needs 1 to {limit} characters</source>
        <translation>昵称需要 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="36"/>
        <source>a quiet corner</source>
        <translation>安静的角落</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="111"/>
        <source>a short sound for each action on the kiosk</source>
        <translation>触屏机上每个动作都有简短的提示音</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="57"/>
        <source>a workshop title needs 1 to {limit} characters</source>
        <translation>工作坊名称需要 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="173"/>
        <source>add a tag, e.g. shade, follow up</source>
        <translation>添加标签，例如：遮阴、待跟进</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="272"/>
        <location filename="../../junior_planner/services/archive_review.py" line="49"/>
        <location filename="../../junior_planner/services/web.py" line="45"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="312"/>
        <source>ages {band}</source>
        <translation>{band} 岁</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="259"/>
        <location filename="../../junior_planner/ui/review/window.py" line="310"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="208"/>
        <source>all blocks</source>
        <translation>全部积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="164"/>
        <source>also write the bundle&apos;s web view unzipped into FOLDER: open FOLDER/index.html in any browser</source>
        <translation>同时把数据包的网页查看器解压写入 FOLDER：用任意浏览器打开 FOLDER/index.html</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="181"/>
        <source>an empty folder (or one made by publish-web before, which is replaced) to copy onto a web server</source>
        <translation>一个空文件夹（或之前由 publish-web 生成的文件夹，会被替换），之后复制到网站服务器上</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="18"/>
        <source>an existing tree is there</source>
        <translation>那里已经有一棵树了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="143"/>
        <source>an indicator definitions file (default: the bundled one; see docs/indicators.md)</source>
        <translation>指标定义文件（默认：自带的那份；见 docs/indicators.md）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="132"/>
        <source>apply an edit script (JSON lines) as one participant group; prints the proposal id</source>
        <translation>以一个小组的身份执行编辑脚本（JSON Lines 格式），并输出方案编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="82"/>
        <source>at least {target}</source>
        <translation>至少 {target}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="82"/>
        <source>at most {target}</source>
        <translation>至多 {target}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="14"/>
        <source>being made</source>
        <translation>正在做</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="125"/>
        <source>black on white, with strong outlines</source>
        <translation>白底黑字，轮廓更清楚</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="214"/>
        <source>block: {name}</source>
        <translation>积木：{name}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <location filename="../../junior_planner/services/report.py" line="192"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="240"/>
        <source>blocks</source>
        <translation>积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="27"/>
        <source>blocks per cell</source>
        <translation>每格积木数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="97"/>
        <source>budget units each proposal may spend</source>
        <translation>每个方案可以使用的预算单位数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="106"/>
        <source>budget units each proposal may spend, or &apos;none&apos;</source>
        <translation>每个方案可花费的预算单位，或 none 表示不限</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="199"/>
        <source>buildings</source>
        <translation>栋建筑</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="185"/>
        <source>bundles (.jpbundle) to open</source>
        <translation>要打开的数据包（.jpbundle）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="180"/>
        <location filename="../../junior_planner/cli.py" line="237"/>
        <source>bundles (.jpbundle) to publish</source>
        <translation>要发布的数据包（.jpbundle）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="189"/>
        <source>bundles (.jpbundle) to report on</source>
        <translation>要写入报告的数据包（.jpbundle）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="78"/>
        <source>bundles published</source>
        <translation>已发布的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="245"/>
        <source>by {code} (ages {band})</source>
        <translation>作者 {code}（{band} 岁）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="125"/>
        <source>cannot create an OpenGL context on this display</source>
        <translation>无法在这个显示器上创建 OpenGL 上下文</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="121"/>
        <source>cannot draw here: {reason}</source>
        <translation>这里无法绘制：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="281"/>
        <source>cannot encode the picture as PNG</source>
        <translation>无法把图片编码为 PNG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="40"/>
        <source>cannot reach the archive&apos;s database: {reason}</source>
        <translation>无法连接档案数据库:{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="48"/>
        <source>cannot reach the display {display}; is the X server running?</source>
        <translation>无法连接显示器 {display}；X 服务器在运行吗？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="33"/>
        <location filename="../../junior_planner/services/indicators.py" line="87"/>
        <location filename="../../junior_planner/services/review.py" line="306"/>
        <location filename="../../junior_planner/services/sites.py" line="268"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="120"/>
        <location filename="../../junior_planner/commands/proposals.py" line="263"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="137"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="157"/>
        <source>cannot write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="91"/>
        <location filename="../../junior_planner/commands/proposals.py" line="104"/>
        <location filename="../../junior_planner/commands/proposals.py" line="231"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="115"/>
        <location filename="../../junior_planner/services/bundle.py" line="174"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="170"/>
        <location filename="../../junior_planner/commands/proposals.py" line="185"/>
        <location filename="../../junior_planner/commands/proposals.py" line="261"/>
        <location filename="../../junior_planner/services/bundle.py" line="289"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="210"/>
        <source>category: {name}</source>
        <translation>类别：{name}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="246"/>
        <source>cell size in metres (default 100)</source>
        <translation>格子大小,单位米(默认 100)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="103"/>
        <source>change a workshop&apos;s settings (only the ones given)</source>
        <translation>更改工作坊的设置（只改给出的项）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="169"/>
        <source>check a bundle: schema, checksums and references</source>
        <translation>检查数据包：结构、校验和与引用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="235"/>
        <source>check bundles and add them to the archive, each in one transaction (publishing one twice changes nothing)</source>
        <translation>检查数据包并加入档案,每个数据包在一个事务中完成(同一个数据包发布两次不会改变任何内容)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>children</source>
        <translation>孩子人数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="72"/>
        <source>choose at least one block for the children</source>
        <translation>请至少为孩子们选择一种积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="84"/>
        <source>choose at least one language</source>
        <translation>请至少选择一种语言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="202"/>
        <source>city objects</source>
        <translation>个城市对象</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="38"/>
        <source>clean toilets</source>
        <translation>干净的厕所</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="316"/>
        <source>contains a long number (a phone number?)</source>
        <translation>包含一长串数字（电话号码？）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="24"/>
        <source>coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="209"/>
        <source>coordinate system {crs}; site origin at easting {e:.2f}, northing {n:.2f}, height {h:.2f} m</source>
        <translation>坐标系 {crs}；场地原点位于东坐标 {e:.2f}、北坐标 {n:.2f}、高程 {h:.2f} 米</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>could not open {path} ({detail}); check that the disk has space and try again</source>
        <translation>无法打开 {path}（{detail}）；请检查磁盘空间后再试</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="42"/>
        <source>could not read {path} ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>could not save to {path} ({detail}); nothing of that edit was kept</source>
        <translation>无法保存到 {path}（{detail}），这次修改没有被保留</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="94"/>
        <source>create a workshop and print its id</source>
        <translation>创建一个工作坊并输出它的编号</translation>
    </message>
    <message>
        <source>create or list workshops</source>
        <translation type="vanished">创建或列出工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="91"/>
        <source>create or list workshops, or set a workshop&apos;s PIN</source>
        <translation>创建或列出工作坊，或设置工作坊的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="233"/>
        <source>create the archive&apos;s tables, views and roles, or bring them up to date (run as the archive&apos;s owner); prints the grants it applied</source>
        <translation>创建档案的表、视图和角色,或将其升级到最新(以档案所有者身份运行);打印所设置的权限</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="79"/>
        <source>database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="83"/>
        <source>degrees the site&apos;s local x axis is turned counter-clockwise from the CRS&apos;s east</source>
        <translation>场地本地 x 轴相对坐标系正东方向逆时针旋转的度数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="285"/>
        <source>delete a child&apos;s or a workshop&apos;s data everywhere on this computer</source>
        <translation>从这台电脑的所有位置删除某个孩子或某个工作坊的数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="36"/>
        <source>delete a letter</source>
        <translation>删掉一个字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="290"/>
        <source>delete a workshop and everything in it</source>
        <translation>删除一个工作坊及其中的全部内容</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="288"/>
        <source>delete one child&apos;s data: their name, notes, voice notes, their own designs</source>
        <translation>删除一名孩子的数据：化名、留言、语音留言和其独自完成的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="238"/>
        <source>delete the workshops past their keep-until date from the archive (run it daily); prints what was deleted</source>
        <translation>从档案中删除超过保留期限的工作坊(每天运行);打印删除的内容</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="294"/>
        <source>delete the workshops whose keep-until date has passed; prints what was deleted</source>
        <translation>删除已过保留期限的工作坊，并列出删除了什么</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="147"/>
        <source>deleting the workshop &apos;{title}&apos; cannot be undone; add --yes to do it</source>
        <translation>删除工作坊“{title}”无法撤销；确定要删除请加上 --yes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="89"/>
        <source>design name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="282"/>
        <source>did the guardian consent?</source>
        <translation>监护人是否同意？</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="168"/>
        <source>do not draw pictures of the proposals</source>
        <translation>不生成方案图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="72"/>
        <source>does not apply here</source>
        <translation>这里不适用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="164"/>
        <source>done: every checksum verified</source>
        <translation>完成：所有校验和均已核对</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="53"/>
        <source>each line must be a JSON object</source>
        <translation>每一行都必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="130"/>
        <source>each line needs an &apos;op&apos;</source>
        <translation>每一行都需要一个“op”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="136"/>
        <source>exporting: {done} of {total}</source>
        <translation>正在导出：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="213"/>
        <source>extent {w:.0f} x {d:.0f} m, up to {h:.1f} m high</source>
        <translation>范围 {w:.0f} × {d:.0f} 米，最高 {h:.1f} 米</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="14"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="94"/>
        <source>for example: Our school gate</source>
        <translation>例如：我们的校门口</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="36"/>
        <source>for little kids</source>
        <translation>给小小孩</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="205"/>
        <source>found: {list}</source>
        <translation>发现：{list}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="126"/>
        <source>full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="59"/>
        <source>give --pseudonym and --age-band together</source>
        <translation>请同时给出 --pseudonym 和 --age-band</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="161"/>
        <source>give at least 4 characters of the participant id</source>
        <translation>请至少给出参与者编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="51"/>
        <source>give at least 4 characters of the proposal id</source>
        <translation>请至少输入方案编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="45"/>
        <source>give at least 4 characters of the workshop id</source>
        <translation>请至少输入工作坊编号的前 4 个字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="34"/>
        <source>give either bundles or --db, not both</source>
        <translation>请给出数据包或 --db,不要同时给出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="35"/>
        <source>give the archive&apos;s database with --db (a libpq connection string or URL, e.g. postgresql://planner@gis.example/city or service=city-archive)</source>
        <translation>请用 --db 给出档案数据库(libpq 连接字符串或 URL,例如 postgresql://planner@gis.example/city 或 service=city-archive)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="244"/>
        <source>give the bundles to report on, or --db for the city archive</source>
        <translation>请给出要写报告的数据包,或用 --db 指定城市档案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="201"/>
        <source>green areas</source>
        <translation>块绿地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="204"/>
        <source>ground surfaces</source>
        <translation>块地面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="117"/>
        <source>guardians consented for every child (give the notice version); &apos;none&apos;: without recorded consent, kiosk work is deleted when the child finishes or leaves</source>
        <translation>所有孩子的监护人均已同意（填写告知书版本）；&apos;none&apos;：没有记录同意时，孩子完成或离开后，展台上的作品会被删除</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="134"/>
        <source>heights and rotation must be finite numbers (default height 0-1000 m, storey 0-20 m)</source>
        <translation>高度和旋转角必须是有限的数字（默认高度 0-1000 米，层高 0-20 米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="113"/>
        <source>how finely the 3D view draws the site: low for an old computer without a 3D graphics card (&apos;junior-planner doctor&apos; suggests one)</source>
        <translation>3D 视图画场地的精细程度：没有 3D 显卡的旧电脑用 low（&apos;junior-planner doctor&apos; 会给出建议）</translation>
    </message>
    <message>
        <source>import a 3D model (glb, gltf, obj, ply, stl, off) or GeoJSON footprints with heights; prints the new site id</source>
        <translation type="vanished">导入一个 3D 模型（glb、gltf、obj、ply、stl、off）或带高度的 GeoJSON 建筑轮廓，并输出新场地的编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="48"/>
        <source>import a site from GIS or 3D files: GeoJSON, ESRI Shapefile (.shp, a folder or a .zip), GeoPackage, OpenStreetMap (.osm, .pbf), CityJSON (.city.json, .city.jsonl), glTF (.glb, .gltf with its files, or a .zip), OBJ (with its .mtl), PLY, STL, OFF; prints the new site id, and a summary on stderr</source>
        <translation>从 GIS 或三维文件导入场地：GeoJSON、ESRI Shapefile（.shp、文件夹或 .zip）、GeoPackage、OpenStreetMap（.osm、.pbf）、CityJSON（.city.json、.city.jsonl）、glTF（.glb、带配套文件的 .gltf 或 .zip）、OBJ（连同 .mtl）、PLY、STL、OFF；输出新场地的编号，并在标准错误输出摘要</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="44"/>
        <source>import a site of your own</source>
        <translation>导入你自己的场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="71"/>
        <source>imported into workshop {workshop}: {added} new proposals, {versions} kept as second versions, {unchanged} already here</source>
        <translation>已导入工作坊 {workshop}：新增 {added} 个方案，{versions} 个作为第二版本保留，{unchanged} 个本机已有</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>in words</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="167"/>
        <source>include every proposal&apos;s edit history</source>
        <translation>包含每个方案的编辑历史</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="166"/>
        <source>include the voice notes (left out by default)</source>
        <translation>包含语音留言（默认不包含）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="173"/>
        <source>is this computer ready for a workshop? reports the 3D drawing, measures the demo site&apos;s frame time and suggests a detail level (needs a display, or xvfb-run)</source>
        <translation>这台电脑能办工作坊吗？报告 3D 绘制方式，测量演示场地每帧的时间并建议细节等级（需要显示器，或用 xvfb-run）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="254"/>
        <source>language of messages and windows</source>
        <translation>提示信息和窗口使用的语言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="78"/>
        <source>last published</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="179"/>
        <source>leave empty to keep the PIN</source>
        <translation>留空则保留原 PIN 码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="193"/>
        <source>leave out the page per proposal</source>
        <translation>不生成每个方案的单独页面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="14"/>
        <source>left unfinished</source>
        <translation>没有做完</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="315"/>
        <source>left, red: worried or not safe; right, green: love, like or an idea (notes within a few metres)</source>
        <translation>左侧红色：担心或不安全；右侧绿色：喜爱、喜欢或点子（几米范围内的便签）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/strip.py" line="124"/>
        <source>less than before</source>
        <translation>比之前少</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="33"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="274"/>
        <source>list a workshop&apos;s children or record a guardian&apos;s consent</source>
        <translation>列出工作坊的儿童，或记录监护人的同意</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="128"/>
        <source>list proposals</source>
        <translation>列出方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="88"/>
        <source>list the block catalog, in English and Chinese</source>
        <translation>列出积木目录（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="277"/>
        <source>list the children of a workshop with their consent</source>
        <translation>列出工作坊的儿童及其同意情况</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="42"/>
        <source>list the sites, in English and Chinese</source>
        <translation>列出场地（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="101"/>
        <source>list workshops</source>
        <translation>列出工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="126"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="198"/>
        <source>make a one-page &quot;My design&quot; PDF (A4) of a proposal for the children to take home (needs a display, or xvfb-run)</source>
        <translation>把一个方案做成一页“我的设计”PDF（A4），让孩子们带回家（需要显示器，或用 xvfb-run）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="177"/>
        <source>make a static web site from workshop bundles for a city&apos;s website: only proposals with consent, no voice notes, personal-looking words removed</source>
        <translation>用工作坊数据包生成可放在城市网站上的静态网页：只包含已获同意的方案，不含语音留言，并删去看起来涉及个人信息的文字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="124"/>
        <source>make buttons and text bigger or smaller (0.75 to 2)</source>
        <translation>把按钮和文字调大或调小（0.75 到 2）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="109"/>
        <source>may children record voice notes (only with consent covering audio)</source>
        <translation>孩子能否录制语音留言（仅在同意包含录音时）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="38"/>
        <source>meet friends</source>
        <translation>和朋友见面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="313"/>
        <source>mentions &apos;{name}&apos;</source>
        <translation>提到了“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="171"/>
        <source>merge another kiosk&apos;s bundle into this store (all or nothing)</source>
        <translation>把另一台终端的数据包合并到本机数据中（要么全部导入，要么完全不变）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>met</source>
        <translation>达到</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="135"/>
        <source>metres east</source>
        <translation>向东（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="136"/>
        <source>metres north</source>
        <translation>向北（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="71"/>
        <source>metres per storey, for heights given in levels (default: 3 m)</source>
        <translation>每层的米数，用于以层数给出的高度（默认：3 米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="108"/>
        <source>minutes before an idle kiosk starts over</source>
        <translation>自助终端无人操作多少分钟后回到开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="37"/>
        <source>more green</source>
        <translation>更多绿色</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="36"/>
        <source>more light</source>
        <translation>更多灯光</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="35"/>
        <source>more shade</source>
        <translation>更多树荫</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/strip.py" line="124"/>
        <source>more than before</source>
        <translation>比之前多</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="118"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="86"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="90"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="212"/>
        <source>no coordinate system: the site has local coordinates only (set one with &apos;junior-planner site georef&apos;)</source>
        <translation>没有坐标系：场地只有本地坐标（可用 &apos;junior-planner site georef&apos; 设置）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="152"/>
        <source>no pictures were asked for</source>
        <translation>未要求生成图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="106"/>
        <source>no pictures: the site is not installed here</source>
        <translation>没有图片：这台电脑上没有安装该场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="151"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="120"/>
        <source>no pictures: {reason}</source>
        <translation>没有图片：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="152"/>
        <source>no proposals to draw</source>
        <translation>没有可绘制的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="196"/>
        <location filename="../../junior_planner/services/indicators.py" line="279"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="289"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="126"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="262"/>
        <source>north is up</source>
        <translation>上方为北</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="49"/>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="89"/>
        <source>note</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="163"/>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <location filename="../../junior_planner/services/report.py" line="196"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="241"/>
        <source>notes</source>
        <translation>便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="328"/>
        <source>notes with a sticker, within a few metres</source>
        <translation>几米范围内带贴纸的便签数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="56"/>
        <source>on the {block}</source>
        <translation>在{block}上</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="318"/>
        <source>only in the undo history</source>
        <translation>只存在于撤销记录中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="212"/>
        <source>only the kind &apos;budget_used&apos; uses &apos;captions_no_target&apos;</source>
        <translation>只有类型 &apos;budget_used&apos; 使用 &apos;captions_no_target&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="216"/>
        <source>only the kind &apos;count_near_features&apos; uses &apos;captions_not_applicable&apos;</source>
        <translation>只有类型 &apos;count_near_features&apos; 使用 &apos;captions_not_applicable&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="98"/>
        <source>only these block types (default: all)</source>
        <translation>只使用这些积木类型（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="107"/>
        <source>only these block types, or &apos;all&apos;</source>
        <translation>只用这些积木类型，或 all 表示全部</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="129"/>
        <source>only this workshop&apos;s proposals</source>
        <translation>只显示这个工作坊的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="145"/>
        <source>open the 3D editor in a window on a new or existing draft proposal (for facilitators and trying things out); prints the proposal id</source>
        <translation>在窗口中打开 3D 编辑器，编辑新的或已有的方案草稿（供引导师使用或试用）；输出方案编号</translation>
    </message>
    <message>
        <source>open the 3D editor on a new or existing draft proposal (until the kiosk exists); prints the proposal id</source>
        <translation type="vanished">在新的或已有的草稿方案上打开3D编辑器（在自助终端完成之前使用）；输出方案编号</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="38"/>
        <source>open the app on the bundled demo workshop (prepared on first use)</source>
        <translation>打开应用并进入内置的演示工作坊（第一次使用时自动准备）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="210"/>
        <source>open the city archive instead of bundles: its PostgreSQL database as a libpq connection string or URL without a password (the password comes from ~/.pgpass, PGPASSFILE or the service file); with no bundles given, $JUNIOR_PLANNER_ARCHIVE is used</source>
        <translation>打开城市档案而不是数据包:其 PostgreSQL 数据库,写成不含密码的 libpq 连接字符串或 URL(密码来自 ~/.pgpass、PGPASSFILE 或服务文件);未给出数据包时使用 $JUNIOR_PLANNER_ARCHIVE</translation>
    </message>
    <message>
        <source>open the planners&apos; review window on workshop bundles (drop more on it)</source>
        <translation type="vanished">打开规划师评审窗口查看工作坊数据包（可继续拖入更多）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>open the planners&apos; review window on workshop bundles (drop more on it), or on the city archive with --db</source>
        <translation>打开规划师审阅窗口查看工作坊数据包(可继续拖入),或用 --db 查看城市档案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="256"/>
        <source>open the window, save a picture of it and quit</source>
        <translation>打开窗口，保存一张截图后退出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="147"/>
        <source>open this proposal instead of starting a new one</source>
        <translation>打开这个方案，而不是新建一个</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="120"/>
        <source>page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="281"/>
        <location filename="../../junior_planner/cli.py" line="289"/>
        <source>participant id (or its first characters)</source>
        <translation>参与者编号（或其开头几个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="200"/>
        <source>paths</source>
        <translation>条小路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="159"/>
        <source>picture size in pixels (default: 1280x800)</source>
        <translation>图片尺寸，单位像素（默认：1280x800）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="149"/>
        <source>pictures drawn from above and at a child&apos;s eye height</source>
        <translation>图片从上方和孩子的视线高度绘制</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="39"/>
        <source>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</source>
        <translation>绘制图片需要支持 OpenGL 的显示器，而 QT_QPA_PLATFORM={platform} 没有；请取消这个设置，或在 xvfb-run 下运行</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="389"/>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="43"/>
        <source>pictures were not asked for</source>
        <translation>未要求导出图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="152"/>
        <source>pictures were not asked for (--no-snapshots)</source>
        <translation>未要求生成图片（--no-snapshots）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="75"/>
        <source>place an imported site on the earth: where its local origin stands in a projected coordinate system</source>
        <translation>为导入的场地设置地理位置：其本地原点在投影坐标系中的位置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="37"/>
        <source>play together</source>
        <translation>一起玩</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="87"/>
        <source>polygons where children may build</source>
        <translation>孩子们可以搭建的多边形区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="40"/>
        <source>prepare the demo data only</source>
        <translation>只准备演示数据</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="135"/>
        <source>print &apos;done N&apos; on stderr after each committed line</source>
        <translation>每提交一行后，在标准错误输出（stderr）上打印“done N”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="43"/>
        <location filename="../../junior_planner/cli.py" line="89"/>
        <location filename="../../junior_planner/cli.py" line="102"/>
        <location filename="../../junior_planner/cli.py" line="130"/>
        <location filename="../../junior_planner/cli.py" line="142"/>
        <location filename="../../junior_planner/cli.py" line="176"/>
        <location filename="../../junior_planner/cli.py" line="242"/>
        <location filename="../../junior_planner/cli.py" line="279"/>
        <source>print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="137"/>
        <source>print a proposal as JSON (the export&apos;s shape)</source>
        <translation>以 JSON 格式输出一个方案（与导出的格式相同）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="140"/>
        <source>print a proposal&apos;s child-friendly indicators (play area, green, shade, seats, safety, budget...)</source>
        <translation>打印方案的儿童友好指标（玩耍面积、绿化、树荫、座位、安全、预算……）</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="vanished">方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="67"/>
        <source>proposal &apos;{id}&apos; belongs to another workshop</source>
        <translation>方案“{id}”属于另一个工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="138"/>
        <location filename="../../junior_planner/cli.py" line="141"/>
        <location filename="../../junior_planner/cli.py" line="154"/>
        <location filename="../../junior_planner/cli.py" line="200"/>
        <source>proposal id (or its first characters)</source>
        <translation>方案编号（或它的前几个字符）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>proposals</source>
        <translation>方案数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="27"/>
        <source>proposals per cell (fair: a proposal counts once)</source>
        <translation>每格方案数（公平：每个方案只计一次）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="149"/>
        <source>published {workshops} to {path}: {proposals}; left out {left} without consent and {words} that looked personal</source>
        <translation>已将 {workshops}发布到 {path}：{proposals}；未发布没有同意书的 {left}，以及看起来涉及个人信息的 {words}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="240"/>
        <source>purge as on this day (default: today)</source>
        <translation>按这一天清理(默认:今天)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="110"/>
        <source>read each kiosk screen aloud when it opens (the speaker buttons always work)</source>
        <translation>触屏机的每个页面打开时朗读出来（喇叭按钮总是可以用）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="292"/>
        <source>really delete (required)</source>
        <translation>确认删除（必需）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="280"/>
        <source>record a guardian&apos;s consent (yes or no) for one child</source>
        <translation>为一名孩子记录监护人的意见（同意或不同意）</translation>
    </message>
    <message>
        <source>refuse larger models (default: 5,000,000)</source>
        <translation type="vanished">拒绝更大的模型（默认：5,000,000）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="74"/>
        <source>refuse models with more triangles than this (default: {default:,})</source>
        <translation>三角形数量超过此值的模型将被拒绝（默认：{default:,}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="199"/>
        <source>roads</source>
        <translation>条道路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="35"/>
        <source>safe crossing</source>
        <translation>安全过马路</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="153"/>
        <source>save a picture of a proposal on its site (needs a display, or xvfb-run)</source>
        <translation>保存一张方案在其场地上的图片（需要显示器，或使用 xvfb-run）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="48"/>
        <source>say &apos;archive init&apos;, &apos;archive publish&apos;, &apos;archive purge&apos;, &apos;archive status&apos; or &apos;archive heatmap&apos;</source>
        <translation>请使用 &apos;archive init&apos;、&apos;archive publish&apos;、&apos;archive purge&apos;、&apos;archive status&apos; 或 &apos;archive heatmap&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="135"/>
        <source>say &apos;delete participant ID&apos; or &apos;delete workshop ID --yes&apos;</source>
        <translation>请使用“delete participant ID”或“delete workshop ID --yes”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="107"/>
        <source>say &apos;participant list --workshop ID&apos; or &apos;participant consent ID yes|no&apos;</source>
        <translation>请使用“participant list --workshop ID”或“participant consent ID yes|no”</translation>
    </message>
    <message>
        <source>say &apos;site import FILE&apos;</source>
        <translation type="vanished">请使用“site import FILE”</translation>
    </message>
    <message>
        <source>say &apos;site import FILE&apos; or &apos;site area SITE_ID FILE&apos;</source>
        <translation type="vanished">请使用 &apos;site import FILE&apos; 或 &apos;site area SITE_ID FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="34"/>
        <source>say &apos;site import FILE&apos;, &apos;site area SITE_ID FILE&apos; or &apos;site georef SITE_ID --crs EPSG:n --origin E N&apos;</source>
        <translation>请使用 &apos;site import FILE&apos;、&apos;site area SITE_ID FILE&apos; 或 &apos;site georef SITE_ID --crs EPSG:n --origin E N&apos;</translation>
    </message>
    <message>
        <source>say &apos;workshop new&apos; or &apos;workshop list&apos;</source>
        <translation type="vanished">请使用“workshop new”或“workshop list”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="19"/>
        <source>say &apos;workshop new&apos;, &apos;workshop edit&apos;, &apos;workshop list&apos; or &apos;workshop pin&apos;</source>
        <translation>请使用 &apos;workshop new&apos;、&apos;workshop edit&apos;、&apos;workshop list&apos; 或 &apos;workshop pin&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="97"/>
        <source>say what to change, for example --title or --keep-until (see --help)</source>
        <translation>请说明要更改什么，例如 --title 或 --keep-until（见 --help）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="151"/>
        <source>say where to write: --out FILE.jpbundle, --web FOLDER, or both</source>
        <translation>请说明写到哪里：--out FILE.jpbundle、--web FOLDER，或两者都给</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="76"/>
        <source>schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="78"/>
        <source>search titles and children&apos;s words</source>
        <translation>搜索标题和孩子们写的话</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="24"/>
        <source>see --help</source>
        <translation>请查看 --help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="38"/>
        <source>set a facilitator PIN first: junior-planner workshop pin {id}</source>
        <translation>请先设置引导师 PIN 码：junior-planner workshop pin {id}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="84"/>
        <source>set an imported site&apos;s buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</source>
        <translation>用 GeoJSON 多边形设置导入场地的可建区域（场地本地坐标，单位米；从 GeoJSON 导入的场地用经纬度）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="99"/>
        <source>set the facilitator PIN that closes the kiosk (read from standard input)</source>
        <translation>设置关闭展台所用的引导师 PIN 码（从标准输入读取）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="194"/>
        <source>show a workshop&apos;s finished designs one by one, full screen, for a projector (arrow keys or the big buttons move on; Escape leaves)</source>
        <translation>在投影上全屏逐个展示工作坊里做完的设计（用方向键或大按钮切换；按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="127"/>
        <location filename="../../junior_planner/cli.py" line="151"/>
        <source>show how long each 3D frame takes, top right (for facilitators checking a computer)</source>
        <translation>在右上角显示每帧 3D 画面所需的时间（供引导师检查电脑）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="47"/>
        <source>since {day}</source>
        <translation>{day} 以来</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <source>site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="99"/>
        <source>site &apos;{site}&apos;: {reason}</source>
        <translation>场地“{site}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="95"/>
        <source>site id (see &apos;junior-planner sites&apos;)</source>
        <translation>场地编号（见“junior-planner sites”）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="45"/>
        <source>site {site}</source>
        <translation>场地 {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="76"/>
        <source>sites</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <source>size (m)</source>
        <translation>尺寸（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="24"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="31"/>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="32"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="37"/>
        <source>sports</source>
        <translation>运动</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="39"/>
        <source>start the demo data again from scratch</source>
        <translation>清空演示数据，从头重新开始</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>target</source>
        <translation>目标</translation>
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
        <location filename="../../junior_planner/services/archive.py" line="38"/>
        <source>the --db value holds a password; put the password in ~/.pgpass (or the file PGPASSFILE names) or a pg_service.conf service instead, not on the command line</source>
        <translation>--db 的值中含有密码;请把密码放在 ~/.pgpass(或 PGPASSFILE 指定的文件)或 pg_service.conf 服务中,不要写在命令行上</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="37"/>
        <source>the --db value is not a libpq connection string or postgresql:// URL</source>
        <translation>--db 的值不是 libpq 连接字符串或 postgresql:// URL</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="55"/>
        <source>the 3D model of the site could not be read.</source>
        <translation>无法读取场地的 3D 模型。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="51"/>
        <location filename="../../junior_planner/services/replay.py" line="55"/>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套的层数太多了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="62"/>
        <source>the age band must be one of {bands}</source>
        <translation>年龄段必须是以下之一：{bands}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="241"/>
        <source>the archive has no proposals in {scope}</source>
        <translation>档案中没有{scope}的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="44"/>
        <source>the archive&apos;s schema is version {version}, newer than this program knows; update Junior Planner</source>
        <translation>档案的结构版本是 {version},比本程序知道的更新;请更新小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="42"/>
        <source>the archive&apos;s schema is version {version}; run &apos;junior-planner archive init&apos; to bring it up to date</source>
        <translation>档案的结构版本是 {version};请运行 &apos;junior-planner archive init&apos; 升级</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="273"/>
        <source>the area in {path} cannot be used: {reason}</source>
        <translation>{path} 中的区域无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="265"/>
        <location filename="../../junior_planner/services/data_rights.py" line="62"/>
        <location filename="../../junior_planner/services/data_rights.py" line="64"/>
        <source>the budget must be a positive number</source>
        <translation>预算必须是正数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="206"/>
        <source>the budget&apos;s target is the workshop&apos;s budget: remove &apos;target&apos;</source>
        <translation>预算的目标就是工作坊的预算：请删除 &apos;target&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="346"/>
        <source>the bundle has no pictures and none could be drawn here</source>
        <translation>数据包中没有图片，这里也无法绘制</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="170"/>
        <source>the bundle to check</source>
        <translation>要检查的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="172"/>
        <source>the bundle to import</source>
        <translation>要导入的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="283"/>
        <source>the caption needs the placeholder {{value}}</source>
        <translation>说明文字需要占位符 {{value}}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="149"/>
        <source>the child&apos;s age band, with --pseudonym</source>
        <translation>孩子的年龄段，与 --pseudonym 一起使用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="148"/>
        <source>the child&apos;s pseudonym for a new proposal</source>
        <translation>新方案中孩子的化名</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="120"/>
        <source>the children&apos;s kiosk for a workshop, full screen; exits with 0 only when a facilitator closes it with the PIN</source>
        <translation>工作坊的儿童展台，全屏运行；只有引导师用 PIN 码关闭时才以 0 退出</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="224"/>
        <source>the city archive in PostgreSQL + PostGIS: set it up, publish bundles, purge, status, city-wide heatmap</source>
        <translation>PostgreSQL + PostGIS 中的城市档案:建立、发布数据包、清理、状态、全市热力图</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="207"/>
        <source>the city archive&apos;s PostgreSQL database: a libpq connection string or URL without a password (postgresql://user@host/db, service=NAME; the password comes from ~/.pgpass, PGPASSFILE or the service file); default $JUNIOR_PLANNER_ARCHIVE</source>
        <translation>城市档案的 PostgreSQL 数据库:不含密码的 libpq 连接字符串或 URL(postgresql://用户@主机/数据库,service=名称;密码来自 ~/.pgpass、PGPASSFILE 或服务文件);默认 $JUNIOR_PLANNER_ARCHIVE</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="57"/>
        <source>the coordinate system the file&apos;s coordinates are in, when the file does not say or says it wrongly</source>
        <translation>文件坐标所用的坐标系（当文件没有写明或写错时）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="37"/>
        <source>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</source>
        <translation>数据库 {path} 已损坏（{detail}），程序没有改动它：请恢复备份，或寻求帮助</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>the database {path} was made by a newer Junior Planner; please update this one</source>
        <translation>数据库 {path} 是由更新版本的小小规划师创建的，请升级这台电脑上的小小规划师</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="115"/>
        <source>the date after which the workshop&apos;s data is deleted, or &apos;none&apos;</source>
        <translation>过了这个日期就删除工作坊的数据，或 none 表示不设期限</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="134"/>
        <source>the edit script, or - for standard input</source>
        <translation>编辑脚本文件，或用 - 表示从标准输入读取</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation type="vanished">要导入的文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="60"/>
        <source>the file web/app.js is missing or damaged. Unzip the whole bundle and open index.html again.</source>
        <translation>文件 web/app.js 缺失或已损坏。请解压整个数据包后重新打开 index.html。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="53"/>
        <source>the file web/data.js is missing or damaged. Unzip the whole bundle and open index.html again.</source>
        <translation>文件 web/data.js 缺失或已损坏。请解压整个数据包后重新打开 index.html。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="54"/>
        <source>the file web/three.min.js is missing or damaged. Unzip the whole bundle and open index.html again.</source>
        <translation>文件 web/three.min.js 缺失或已损坏。请解压整个数据包后重新打开 index.html。</translation>
    </message>
    <message>
        <source>the file&apos;s length unit (default: m)</source>
        <translation type="vanished">文件使用的长度单位（默认：m）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="51"/>
        <source>the file, folder or zip to import</source>
        <translation>要导入的文件、文件夹或 zip</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="69"/>
        <source>the height of buildings whose file gives none (default: 9 m)</source>
        <translation>文件中没有高度的建筑所用的高度（默认：9 米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="81"/>
        <source>the height of the site&apos;s local z = 0 (m)</source>
        <translation>场地本地 z = 0 处的高程（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="119"/>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>编号“{id}”用了两次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="78"/>
        <source>the idle time must be a whole number of seconds</source>
        <translation>空闲时间必须是整数秒</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="80"/>
        <source>the idle time must be between {low} seconds and {high} minutes</source>
        <translation>空闲时间必须在 {low} 秒到 {high} 分钟之间</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="77"/>
        <location filename="../../junior_planner/cli.py" line="86"/>
        <source>the imported site</source>
        <translation>导入的场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="100"/>
        <source>the keep-until date {date} has already passed</source>
        <translation>保留期限 {date} 已经过去了</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="249"/>
        <source>the key &apos;{key}&apos; appears twice</source>
        <translation>键“{key}”出现了两次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="210"/>
        <source>the kind &apos;budget_used&apos; needs &apos;captions_no_target&apos; (for workshops without a budget)</source>
        <translation>类型 &apos;budget_used&apos; 需要 &apos;captions_no_target&apos;（用于没有预算的工作坊）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="214"/>
        <source>the kind &apos;count_near_features&apos; needs &apos;captions_not_applicable&apos; (for sites without those features)</source>
        <translation>类型 &apos;count_near_features&apos; 需要 &apos;captions_not_applicable&apos;（用于没有这些地点的场地）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="197"/>
        <source>the kind &apos;{kind}&apos; has no parameter &apos;{param}&apos; (its parameters: {known})</source>
        <translation>类型“{kind}”没有参数“{param}”（它的参数：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="248"/>
        <source>the kind &apos;{kind}&apos; needs an area tag (one ending in _m2), not &apos;{tag}&apos;</source>
        <translation>类型“{kind}”需要面积标签（以 _m2 结尾），而不是“{tag}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="193"/>
        <source>the kind &apos;{kind}&apos; needs the parameter &apos;{param}&apos;</source>
        <translation>类型“{kind}”需要参数“{param}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="110"/>
        <source>the line is longer than {limit} bytes</source>
        <translation>这一行超过了 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="45"/>
        <source>the line is not UTF-8 text</source>
        <translation>这一行不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="245"/>
        <source>the origin lies outside {crs}</source>
        <translation>原点位于 {crs} 的范围之外</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="235"/>
        <source>the origin, height and rotation must be finite numbers</source>
        <translation>原点、高程和旋转角必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="263"/>
        <source>the parameter &apos;distance_m&apos; must be a number of metres greater than 0</source>
        <translation>参数 &apos;distance_m&apos; 必须是大于 0 的米数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="260"/>
        <source>the parameter &apos;feature_kinds&apos; must be a list of one or more feature kinds such as &apos;school-gate&apos;</source>
        <translation>参数 &apos;feature_kinds&apos; 必须是包含一个或多个地点类型（例如 &apos;school-gate&apos;）的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="244"/>
        <source>the parameter &apos;tag&apos; must be one tag name</source>
        <translation>参数 &apos;tag&apos; 必须是一个标签名</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="251"/>
        <source>the parameter &apos;tags&apos; must be a list of one or more tag names</source>
        <translation>参数 &apos;tags&apos; 必须是包含一个或多个标签名的列表</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="78"/>
        <source>the projected coordinate system, e.g. EPSG:4549</source>
        <translation>投影坐标系，例如 EPSG:4549</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="154"/>
        <source>the proposal &apos;{title}&apos; is no longer in the archive</source>
        <translation>方案“{title}”已不在档案中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="192"/>
        <source>the report&apos;s title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="123"/>
        <source>the script has no edits (it must start with a &apos;join&apos; line)</source>
        <translation>脚本里没有任何编辑（脚本必须以“join”行开头）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="135"/>
        <source>the script must start with a &apos;join&apos; line</source>
        <translation>脚本必须以“join”行开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="65"/>
        <location filename="../../junior_planner/commands/proposals.py" line="111"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="120"/>
        <location filename="../../junior_planner/services/bundle.py" line="177"/>
        <location filename="../../junior_planner/services/workshops.py" line="98"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="309"/>
        <source>the site &apos;{site}&apos; of this workshop is not installed here</source>
        <translation>这台电脑上没有安装这个工作坊的场地“{site}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="59"/>
        <source>the site has no coordinate system</source>
        <translation>场地没有坐标系</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="87"/>
        <source>the site has no origin (lon, lat)</source>
        <translation>场地没有原点（经度、纬度）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="29"/>
        <source>the site&apos;s coordinate system &apos;{crs}&apos; is not an EPSG code</source>
        <translation>场地的坐标系“{crs}”不是 EPSG 代码</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="63"/>
        <source>the site&apos;s coordinate system &apos;{crs}&apos; is not known here</source>
        <translation>这里不认识场地的坐标系“{crs}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="52"/>
        <source>the site&apos;s name (default: the file name)</source>
        <translation>场地的名称（默认：文件名）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="89"/>
        <source>the site&apos;s origin is not a valid lon/lat</source>
        <translation>场地原点不是有效的经纬度</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="76"/>
        <location filename="../../junior_planner/exchange/geo.py" line="81"/>
        <source>the site&apos;s origin is not a valid position</source>
        <translation>场地原点不是有效的位置</translation>
    </message>
    <message>
        <source>the site&apos;s origin lies outside EPSG:{code}</source>
        <translation type="vanished">场地原点不在 EPSG:{code} 的范围内</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="92"/>
        <source>the site&apos;s origin lies outside {crs}</source>
        <translation>场地原点位于 {crs} 的范围之外</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="53"/>
        <source>the site&apos;s projected coordinate system, e.g. EPSG:4549 (default: the file&apos;s own when it is in metres, else the CGCS2000 Gauss-Krüger zone in China or the UTM zone elsewhere); for a file without coordinates of its own, the system of --origin</source>
        <translation>场地的投影坐标系，例如 EPSG:4549（默认：文件自身以米为单位的坐标系，否则在中国用 CGCS2000 高斯-克吕格分带，其他地方用 UTM 分带）；对于没有自身坐标的文件，即 --origin 所用的坐标系</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="90"/>
        <source>the top level</source>
        <translation>最外层</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="283"/>
        <source>the version of the notice the guardian was given</source>
        <translation>发给监护人的告知书版本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="227"/>
        <source>the voice note {sha} of proposal {id} is missing or damaged in the media folder</source>
        <translation>方案 {id} 的语音留言 {sha} 在媒体文件夹中缺失或已损坏</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="50"/>
        <source>the whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="287"/>
        <source>the whole proposal</source>
        <translation>整个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="28"/>
        <source>the words are too long (at most {limit} characters)</source>
        <translation>字写得太多了（最多 {limit} 个字）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="204"/>
        <source>the workshop {id} is in two of these bundles; give each workshop once</source>
        <translation>工作坊 {id} 出现在两个数据包里；每场工作坊只能给一次</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="96"/>
        <location filename="../../junior_planner/cli.py" line="105"/>
        <source>the workshop&apos;s title</source>
        <translation>工作坊的名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="159"/>
        <source>there is no block &apos;{name}&apos; in this proposal</source>
        <translation>这个方案里没有积木“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="70"/>
        <location filename="../../junior_planner/services/messages.py" line="10"/>
        <source>there is no block type &apos;{block}&apos;</source>
        <translation>没有“{block}”这种积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="53"/>
        <source>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</source>
        <translation>没有可以绘图的显示器（未设置 DISPLAY）；请在 xvfb-run 下运行这个命令，例如：xvfb-run -a junior-planner render ...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="181"/>
        <location filename="../../junior_planner/commands/proposals.py" line="248"/>
        <location filename="../../junior_planner/commands/windows.py" line="106"/>
        <location filename="../../junior_planner/services/archive.py" line="281"/>
        <source>there is no file {path}</source>
        <translation>没有文件 {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="233"/>
        <location filename="../../junior_planner/services/sites.py" line="261"/>
        <source>there is no imported site &apos;{site}&apos;</source>
        <translation>没有名为“{site}”的导入场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="164"/>
        <location filename="../../junior_planner/services/data_rights.py" line="180"/>
        <location filename="../../junior_planner/services/data_rights.py" line="213"/>
        <location filename="../../junior_planner/services/data_rights.py" line="228"/>
        <source>there is no participant &apos;{id}&apos;</source>
        <translation>没有参与者“{id}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="51"/>
        <source>there is no proposal &apos;{id}&apos;</source>
        <translation>没有编号为“{id}”的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="92"/>
        <source>there is no reason chip &apos;{reason}&apos;</source>
        <translation>没有理由标签“{reason}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="26"/>
        <source>there is no reason chip &apos;{reason}&apos; in this workshop</source>
        <translation>这个工作坊里没有“{reason}”这张理由卡</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="116"/>
        <source>there is no site &apos;{site}&apos; (known sites: {known})</source>
        <translation>没有场地“{site}”（现有的场地：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="25"/>
        <source>there is no sticker &apos;{sticker}&apos;</source>
        <translation>没有“{sticker}”这种贴纸</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="247"/>
        <location filename="../../junior_planner/services/workshops.py" line="45"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="166"/>
        <source>there is no workshop &apos;{id}&apos;</source>
        <translation>没有编号为“{id}”的工作坊</translation>
    </message>
    <message>
        <source>there is no {what} &apos;{id}&apos;</source>
        <translation type="vanished">没有{what}“{id}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="240"/>
        <source>there is nothing to redo</source>
        <translation>没有可以重做的操作</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="234"/>
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
        <location filename="../../junior_planner/services/web.py" line="56"/>
        <source>this browser is too old. Open the page in a current Chrome, Edge, Firefox or Safari.</source>
        <translation>这个浏览器太旧了。请用新版的 Chrome、Edge、Firefox 或 Safari 打开此页面。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="41"/>
        <source>this database holds no Junior Planner archive yet; run &apos;junior-planner archive init&apos; first</source>
        <translation>这个数据库中还没有小小规划师档案;请先运行 &apos;junior-planner archive init&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="47"/>
        <source>this login may not change the archive&apos;s tables ({reason}); run it as the archive&apos;s owner</source>
        <translation>这个登录名无权修改档案的表({reason});请以档案所有者身份运行</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="49"/>
        <source>this login may not do that in the archive ({reason})</source>
        <translation>这个登录名无权在档案中这样做({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="287"/>
        <source>this note</source>
        <translation>这条便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="24"/>
        <source>this proposal is already finished, so it cannot change</source>
        <translation>这个方案已经完成了，不能再修改</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="156"/>
        <source>top: straight down over the whole site; child: a child&apos;s eye, 1 m above the ground; orbit: the site&apos;s bird&apos;s-eye view (default: top)</source>
        <translation>top：从正上方俯视整个场地；child：孩子的视角，离地 1 米；orbit：场地的鸟瞰视角（默认：top）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="200"/>
        <source>trees</source>
        <translation>棵树</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="347"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="141"/>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="257"/>
        <source>unknown age band &apos;{band}&apos; (age bands: {known})</source>
        <translation>未知年龄段“{band}”（年龄段：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="147"/>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>未知字段“{field}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="87"/>
        <source>unknown field &apos;{key}&apos; for op &apos;{op}&apos;</source>
        <translation>操作“{op}”不支持字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="188"/>
        <source>unknown kind &apos;{kind}&apos; (known kinds: {known})</source>
        <translation>未知类型“{kind}”（已知类型：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="133"/>
        <source>unknown op &apos;{op}&apos; (known: {known})</source>
        <translation>未知的操作“{op}”（可用的操作：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="280"/>
        <source>unknown placeholder {{{name}}} (allowed here: {known})</source>
        <translation>未知的占位符 {{{name}}}（这里可以用：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="246"/>
        <location filename="../../junior_planner/services/indicators.py" line="254"/>
        <source>unknown tag &apos;{tag}&apos; (known tags: {known})</source>
        <translation>未知标签“{tag}”（已知标签：{known}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="235"/>
        <location filename="../../junior_planner/services/web.py" line="46"/>
        <location filename="../../junior_planner/ui/review/compare.py" line="61"/>
        <location filename="../../junior_planner/ui/review/compare.py" line="87"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="215"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="357"/>
        <location filename="../../junior_planner/ui/review/table.py" line="57"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="257"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="242"/>
        <source>voice note</source>
        <translation>语音便签</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="242"/>
        <source>voice note (not in this bundle)</source>
        <translation>语音便签（不在此数据包中）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="218"/>
        <source>warning: </source>
        <translation>提醒：</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="201"/>
        <source>water areas</source>
        <translation>片水面</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="38"/>
        <source>water to drink</source>
        <translation>有水喝</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="241"/>
        <source>what the archive holds: sites, workshops, proposals, blocks, size</source>
        <translation>档案中有什么:场地、工作坊、方案、积木、大小</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="243"/>
        <source>where children placed a block type across the whole city: proposals per grid cell, computed in the database, as GeoJSON</source>
        <translation>孩子们在全市哪里放了某种积木:每个格子的方案数,由数据库计算,输出 GeoJSON</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="80"/>
        <source>where the site&apos;s local (0, 0) stands, in --crs</source>
        <translation>场地本地 (0, 0) 在 --crs 中的位置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="253"/>
        <source>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</source>
        <translation>工作坊数据库所在的位置（默认：$JUNIOR_PLANNER_DATA 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="191"/>
        <location filename="../../junior_planner/cli.py" line="201"/>
        <source>where to write the PDF</source>
        <translation>PDF 保存到哪里</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="158"/>
        <source>where to write the PNG picture</source>
        <translation>PNG 图片的保存位置</translation>
    </message>
    <message>
        <source>where to write the bundle</source>
        <translation type="vanished">数据包的保存位置</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="163"/>
        <source>where to write the bundle (needed unless --web is given)</source>
        <translation>数据包写到哪里（除非给了 --web，否则必须提供）</translation>
    </message>
    <message>
        <source>which axis points up in the file (default: y for glTF, z otherwise)</source>
        <translation type="vanished">文件中朝上的坐标轴（默认：glTF 为 y，其他格式为 z）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="218"/>
        <source>with --db: only proposals made on or after this day</source>
        <translation>配合 --db:只看这一天及以后做的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="220"/>
        <source>with --db: only proposals with a child of this age band</source>
        <translation>配合 --db:只看有这个年龄段孩子的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="217"/>
        <source>with --db: only this site&apos;s proposals</source>
        <translation>配合 --db:只看这个场地的方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="63"/>
        <source>with --origin: degrees the model is turned counter-clockwise from the CRS&apos;s east</source>
        <translation>与 --origin 一起使用：模型相对坐标系正东方向逆时针旋转的度数</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="61"/>
        <source>with --origin: the height of the model&apos;s origin (m)</source>
        <translation>与 --origin 一起使用：模型原点的高程（米）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="164"/>
        <source>with pictures</source>
        <translation>包含图片</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="vanished">工作坊</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="100"/>
        <location filename="../../junior_planner/cli.py" line="104"/>
        <location filename="../../junior_planner/cli.py" line="122"/>
        <location filename="../../junior_planner/cli.py" line="133"/>
        <location filename="../../junior_planner/cli.py" line="146"/>
        <location filename="../../junior_planner/cli.py" line="162"/>
        <location filename="../../junior_planner/cli.py" line="196"/>
        <location filename="../../junior_planner/cli.py" line="278"/>
        <location filename="../../junior_planner/cli.py" line="291"/>
        <source>workshop id (or its first characters)</source>
        <translation>工作坊编号（或它的前几位）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="76"/>
        <source>workshops</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>write a PDF report for planners from workshop bundles</source>
        <translation type="vanished">根据工作坊数据包为规划师生成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="187"/>
        <source>write a PDF report for planners from workshop bundles, or from the city archive with --db</source>
        <translation>根据工作坊数据包为规划师写 PDF 报告,或用 --db 根据城市档案写</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="161"/>
        <source>write a workshop&apos;s proposals as a bundle for planners (.jpbundle, a zip)</source>
        <translation>把一个工作坊的方案写成给规划师的数据包（.jpbundle，zip 文件）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="247"/>
        <source>write the cells here (default: print them)</source>
        <translation>把格子写到这里(默认:打印出来)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="277"/>
        <source>write {{{name}}} without a format or conversion</source>
        <translation>请直接写 {{{name}}}，不要加格式或转换</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="171"/>
        <source>wrote the web view: open {path} in a browser</source>
        <translation>已写入网页查看器：用浏览器打开 {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="93"/>
        <source>wrote {path}: {cells} cells</source>
        <translation>已写入 {path}:{cells} 个格子</translation>
    </message>
    <message>
        <source>wrote {path}: {pages} pages, {proposals} proposals</source>
        <translation type="vanished">已写入 {path}：{pages} 页，{proposals} 个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="264"/>
        <source>wrote {path}: {pages}, {proposals}</source>
        <translation>已写入 {path}：{pages}，{proposals}</translation>
    </message>
    <message>
        <source>wrote {path}: {proposals} proposals, {blocks} blocks, {annotations} notes, {snapshots} pictures</source>
        <translation type="vanished">已写入 {path}：{proposals} 个方案，{blocks} 个积木，{annotations} 条留言，{snapshots} 张图片</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="57"/>
        <source>wrote {path}: {proposals}, {blocks}, {annotations}, {snapshots}</source>
        <translation>已写入 {path}：{proposals}，{blocks}，{annotations}，{snapshots}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="118"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="86"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="90"/>
        <location filename="../../junior_planner/ui/review/table.py" line="72"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{added} proposals added; {total} in this review.</source>
        <translation type="vanished">新增 {added} 个方案；本次评审共 {total} 个。</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="168"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="232"/>
        <source>{band}: {count}</source>
        <translation>{band}：{count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="204"/>
        <source>{caption} on average</source>
        <translation>平均：{caption}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="201"/>
        <source>{caption} on average; target met in {met} of {total} proposals</source>
        <translation>平均：{caption}；{total} 个方案中有 {met} 个达到目标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="347"/>
        <source>{caption}: no picture ({why})</source>
        <translation>{caption}：没有图片（{why}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="283"/>
        <source>{chosen} of {total} blocks</source>
        <translation>已选 {chosen} / {total} 种积木</translation>
    </message>
    <message>
        <source>{count} CityJSON geometry templates were left out</source>
        <translation type="vanished">{count} 个 CityJSON 几何模板未导入</translation>
    </message>
    <message>
        <source>{count} building outlines were drawn by their building parts instead</source>
        <translation type="vanished">{count} 个建筑轮廓改用其建筑部件来表示</translation>
    </message>
    <message>
        <source>{count} bundles could not be opened</source>
        <translation type="vanished">{count} 个数据包无法打开</translation>
    </message>
    <message>
        <source>{count} city objects have no geometry at the chosen level of detail</source>
        <translation type="vanished">{count} 个城市对象在所选细节层次上没有几何形状</translation>
    </message>
    <message>
        <source>{count} entries were not GeoJSON features and were left out</source>
        <translation type="vanished">{count} 个条目不是 GeoJSON 要素，未导入</translation>
    </message>
    <message>
        <source>{count} features had an empty geometry and were left out</source>
        <translation type="vanished">{count} 个要素的几何为空，未导入</translation>
    </message>
    <message>
        <source>{count} features had no geometry and were left out</source>
        <translation type="vanished">{count} 个要素没有几何，未导入</translation>
    </message>
    <message>
        <source>{count} features with unusable polygons were left out</source>
        <translation type="vanished">{count} 个要素的多边形无法使用，未导入</translation>
    </message>
    <message>
        <source>{count} invalid polygons were repaired</source>
        <translation type="vanished">已修复 {count} 个无效的多边形</translation>
    </message>
    <message>
        <source>{count} notes were left out because they looked like names, numbers or addresses.</source>
        <translation type="vanished">有 {count} 条便签因看起来像姓名、号码或地址而被略去。</translation>
    </message>
    <message>
        <source>{count} of {total} buildings had no height: used {height} m (--default-height)</source>
        <translation type="vanished">{total} 栋建筑中有 {count} 栋没有高度：已使用 {height} 米（--default-height）</translation>
    </message>
    <message>
        <source>{count} pieces of text, {flagged} to look at</source>
        <translation type="vanished">共 {count} 段文字，{flagged} 段需要留意</translation>
    </message>
    <message>
        <source>{count} proposals built here (x {x0:g} to {x1:g} m, y {y0:g} to {y1:g} m):</source>
        <translation type="vanished">有 {count} 个方案在这里搭建（x {x0:g} 至 {x1:g} 米，y {y0:g} 至 {y1:g} 米）：</translation>
    </message>
    <message>
        <source>{count} roads or paths reach beyond the extract and were left out</source>
        <translation type="vanished">{count} 条道路或小路超出了数据范围，未导入</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="67"/>
        <source>{crs} is not a projected coordinate system in metres</source>
        <translation>{crs} 不是以米为单位的投影坐标系</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="232"/>
        <source>{field} ({language}): {problem}</source>
        <translation>{field}（{language}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="110"/>
        <source>{file} is indicator format version {version}; this Junior Planner reads version {known}</source>
        <translation>{file} 是第 {version} 版指标格式；这个 Junior Planner 只能读取第 {known} 版</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="85"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="107"/>
        <source>{file} is not an indicator definitions file (its format is not &apos;{format}&apos;)</source>
        <translation>{file} 不是指标定义文件（它的 format 不是“{format}”）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="95"/>
        <source>{file} is not valid JSON (line {line}: {reason})</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行：{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="94"/>
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} 不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="82"/>
        <source>{file} is too big for an indicator definitions file</source>
        <translation>{file} 太大，不像是指标定义文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="138"/>
        <source>{file}: &apos;{name}&apos; belongs to no proposal in the manifest</source>
        <translation>{file}：“{name}”不属于清单中的任何方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="247"/>
        <source>{file}: &apos;{name}&apos; does not match its checksum after writing</source>
        <translation>{file}：写出后“{name}”与其校验和不符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="97"/>
        <location filename="../../junior_planner/services/review.py" line="346"/>
        <source>{file}: &apos;{name}&apos; does not match its sha256 checksum</source>
        <translation>{file}：“{name}”与其 sha256 校验和不符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="238"/>
        <source>{file}: &apos;{name}&apos; does not match the checksum in its name</source>
        <translation>{file}：“{name}”与文件名中的校验和不符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="141"/>
        <source>{file}: &apos;{name}&apos; expands suspiciously much ({ratio:.0f} times; a zip bomb?)</source>
        <translation>{file}：“{name}”解压后膨胀得可疑（{ratio:.0f} 倍；可能是压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="138"/>
        <source>{file}: &apos;{name}&apos; has inconsistent sizes</source>
        <translation>{file}：“{name}”的大小前后不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="94"/>
        <source>{file}: &apos;{name}&apos; has {size} bytes, the manifest says {expected}</source>
        <translation>{file}：“{name}”有 {size} 字节，清单中写的是 {expected}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="200"/>
        <source>{file}: &apos;{name}&apos; holds more data than it declares</source>
        <translation>{file}：“{name}”的数据比它声明的多</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="120"/>
        <source>{file}: &apos;{name}&apos; is a folder entry with content</source>
        <translation>{file}：“{name}”是带有内容的文件夹条目</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="54"/>
        <source>{file}: &apos;{name}&apos; is a folder entry, which a bundle never has</source>
        <translation>{file}：“{name}”是文件夹条目，数据包中不应有文件夹条目</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="123"/>
        <source>{file}: &apos;{name}&apos; is a symbolic link</source>
        <translation>{file}：“{name}”是符号链接</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="132"/>
        <source>{file}: &apos;{name}&apos; is encrypted</source>
        <translation>{file}：“{name}”已加密</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="85"/>
        <source>{file}: &apos;{name}&apos; is in the bundle but not in the manifest</source>
        <translation>{file}：“{name}”在数据包中，但清单里没有</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="87"/>
        <source>{file}: &apos;{name}&apos; is listed in the manifest but missing</source>
        <translation>{file}：清单列出了“{name}”，但数据包中没有</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="146"/>
        <source>{file}: &apos;{name}&apos; is not a glTF binary</source>
        <translation>{file}：“{name}”不是 glTF 二进制文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="125"/>
        <source>{file}: &apos;{name}&apos; is not a regular file</source>
        <translation>{file}：“{name}”不是普通文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="143"/>
        <source>{file}: &apos;{name}&apos; is there although the manifest says audio was not exported</source>
        <translation>{file}：清单说明未导出语音，但数据包中有“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="140"/>
        <source>{file}: &apos;{name}&apos; is there although the manifest says history was not exported</source>
        <translation>{file}：清单说明未导出编辑历史，但数据包中有“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="136"/>
        <source>{file}: &apos;{name}&apos; is too big ({size} bytes)</source>
        <translation>{file}：“{name}”太大（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="189"/>
        <source>{file}: &apos;{name}&apos; is too big ({size} bytes; at most {limit})</source>
        <translation>{file}：“{name}”太大（{size} 字节；最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="134"/>
        <source>{file}: &apos;{name}&apos; uses an unsupported compression method</source>
        <translation>{file}：“{name}”使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="173"/>
        <source>{file}: a block uuid appears twice</source>
        <translation>{file}：有积木的 uuid 重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="225"/>
        <source>{file}: a history step names an author code the manifest does not list</source>
        <translation>{file}：某个历史步骤中的作者编号不在清单中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="176"/>
        <source>{file}: a note uuid appears twice</source>
        <translation>{file}：有留言的 uuid 重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="110"/>
        <source>{file}: a participant code appears twice in the manifest</source>
        <translation>{file}：清单中有参与者编号重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="113"/>
        <source>{file}: a proposal appears twice in the manifest</source>
        <translation>{file}：清单中有方案重复</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="260"/>
        <source>{file}: already in the archive; nothing changed</source>
        <translation>{file}:已在档案中;没有改变</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="91"/>
        <location filename="../../junior_planner/exchange/bundle.py" line="169"/>
        <source>{file}: at {place}: {message}</source>
        <translation>{file}：在 {place}：{message}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="343"/>
        <source>{file}: cannot read &apos;{name}&apos; ({reason})</source>
        <translation>{file}：无法读取“{name}”（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="86"/>
        <source>{file}: cannot read it ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="221"/>
        <source>{file}: each line must hold only seq (1, 2, 3, ...), created_at (text) and record (an object)</source>
        <translation>{file}：每一行只能包含 seq（1、2、3……）、created_at（文本）和 record（对象）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="434"/>
        <source>{file}: history step {seq} of proposal {id} is not a readable edit</source>
        <translation>{file}：方案 {id} 的历史步骤 {seq} 不是可读取的编辑</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="157"/>
        <location filename="../../junior_planner/services/indicators.py" line="179"/>
        <source>{file}: indicator {entry}: {problem}</source>
        <translation>{file}：指标 {entry}：{problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="66"/>
        <source>{file}: made by a newer Junior Planner (bundle format {version}; this version reads format {known}); update Junior Planner to open it</source>
        <translation>{file}：由更新版本的少年规划师生成（数据包格式 {version}；本版本只能读取格式 {known}）；请升级少年规划师后再打开</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="63"/>
        <source>{file}: manifest.json does not describe a Junior Planner bundle</source>
        <translation>{file}：manifest.json 描述的不是少年规划师的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="289"/>
        <source>{file}: not valid JSON ({detail} at line {line})</source>
        <translation>{file}：不是有效的 JSON（第 {line} 行：{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="187"/>
        <source>{file}: note {note} has a voice note that is not in the bundle</source>
        <translation>{file}：留言 {note} 的语音不在数据包中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="181"/>
        <source>{file}: note {note} is on block {block}, which is not in the proposal</source>
        <translation>{file}：留言 {note} 贴在积木 {block} 上，但方案中没有这个积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="184"/>
        <source>{file}: note {note} names an author code {code} that the manifest does not list</source>
        <translation>{file}：留言 {note} 的作者编号 {code} 不在清单中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="193"/>
        <source>{file}: participant code {code} is not in the manifest</source>
        <translation>{file}：参与者编号 {code} 不在清单中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="150"/>
        <source>{file}: participant {code} refers to proposal {id}, which is not in the bundle</source>
        <translation>{file}：参与者 {code} 指向方案 {id}，但数据包中没有该方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="120"/>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="122"/>
        <source>{file}: proposal {id} has no &apos;{name}&apos;</source>
        <translation>{file}：方案 {id} 缺少“{name}”</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="341"/>
        <source>{file}: proposal {id} uses the block type &apos;{block}&apos;, which this Junior Planner does not have</source>
        <translation>{file}：方案 {id} 使用了积木类型“{block}”，本机的少年规划师没有这种积木</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="292"/>
        <location filename="../../junior_planner/exchange/safezip.py" line="294"/>
        <source>{file}: the JSON is nested too deeply</source>
        <translation>{file}：JSON 嵌套层数太多</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="276"/>
        <source>{file}: the JSON is too big ({size} bytes; at most {limit})</source>
        <translation>{file}：JSON 太大（{size} 字节；最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="283"/>
        <source>{file}: the JSON starts with a byte order mark</source>
        <translation>{file}：JSON 以字节顺序标记（BOM）开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="199"/>
        <source>{file}: the block or note count differs from the manifest</source>
        <translation>{file}：积木或留言的数量与清单不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="189"/>
        <source>{file}: the favourite block {block} is not in the proposal</source>
        <translation>{file}：最喜欢的积木 {block} 不在方案中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="281"/>
        <source>{file}: the file is not UTF-8 text</source>
        <translation>{file}：文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="88"/>
        <source>{file}: the file is too big ({size} bytes)</source>
        <translation>{file}：文件太大（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="216"/>
        <source>{file}: the line is too long</source>
        <translation>{file}：这一行太长</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="157"/>
        <source>{file}: the manifest counts {count} {what}, the bundle holds {actual}</source>
        <translation>{file}：清单记录 {what} 为 {count}，数据包中实际为 {actual}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="195"/>
        <source>{file}: the manifest does not list participant {code} in this proposal</source>
        <translation>{file}：清单没有把参与者 {code} 列在这个方案中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="100"/>
        <source>{file}: the manifest lists &apos;{name}&apos;, which is not part of a bundle</source>
        <translation>{file}：清单列出了“{name}”，但它不属于数据包的内容</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="168"/>
        <source>{file}: the member &apos;{name}&apos; has a different name in its local header</source>
        <translation>{file}：文件“{name}”在本地文件头中的名字不同</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="163"/>
        <source>{file}: the member &apos;{name}&apos; is damaged</source>
        <translation>{file}：文件“{name}”已损坏</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="205"/>
        <location filename="../../junior_planner/exchange/safezip.py" line="216"/>
        <source>{file}: the member &apos;{name}&apos; is damaged ({reason})</source>
        <translation>{file}：文件“{name}”已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="208"/>
        <source>{file}: the member &apos;{name}&apos; is shorter than it declares</source>
        <translation>{file}：文件“{name}”比它声明的长度短</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="172"/>
        <source>{file}: the member &apos;{name}&apos; runs past the end of the data</source>
        <translation>{file}：文件“{name}”超出了数据区的末尾</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="61"/>
        <source>{file}: the member name &apos;{name}&apos; climbs out of the bundle with &apos;..&apos;</source>
        <translation>{file}：文件名“{name}”用“..”跳出了数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="50"/>
        <source>{file}: the member name &apos;{name}&apos; contains a NUL character</source>
        <translation>{file}：文件名“{name}”包含 NUL 字符</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="52"/>
        <source>{file}: the member name &apos;{name}&apos; contains a backslash</source>
        <translation>{file}：文件名“{name}”包含反斜杠</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="56"/>
        <source>{file}: the member name &apos;{name}&apos; is an absolute path</source>
        <translation>{file}：文件名“{name}”是绝对路径</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="63"/>
        <source>{file}: the member name &apos;{name}&apos; is not a plain relative path</source>
        <translation>{file}：文件名“{name}”不是普通的相对路径</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="58"/>
        <source>{file}: the member name &apos;{name}&apos; starts with a drive letter</source>
        <translation>{file}：文件名“{name}”以盘符开头</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="128"/>
        <source>{file}: the member names &apos;{first}&apos; and &apos;{second}&apos; are the same when case is ignored</source>
        <translation>{file}：忽略大小写后，文件名“{first}”和“{second}”相同</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="158"/>
        <source>{file}: the members &apos;{first}&apos; and &apos;{second}&apos; overlap</source>
        <translation>{file}：文件“{first}”和“{second}”相互重叠</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="108"/>
        <source>{file}: the members add up to more than {limit} bytes</source>
        <translation>{file}：所有文件加起来超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="197"/>
        <source>{file}: the participants differ from the manifest&apos;s list</source>
        <translation>{file}：参与者与清单中的名单不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="168"/>
        <source>{file}: the proposal belongs to another workshop ({id})</source>
        <translation>{file}：该方案属于另一个工作坊（{id}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="166"/>
        <source>{file}: the proposal inside has id {inner}, not {id}</source>
        <translation>{file}：文件中方案的编号是 {inner}，而不是 {id}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="170"/>
        <source>{file}: the proposal is on another site ({id})</source>
        <translation>{file}：该方案在另一个场地上（{id}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="335"/>
        <source>{file}: the site &apos;{site}&apos; here is not the same model as the one the bundle was made on</source>
        <translation>{file}：本机的场地“{site}”与生成数据包时用的模型不同</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="331"/>
        <source>{file}: the site &apos;{site}&apos; is not installed here; import the site first</source>
        <translation>{file}：本机没有场地“{site}”；请先导入该场地</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="230"/>
        <source>{file}: the undo position {pos} is past the {count} history steps</source>
        <translation>{file}：撤销位置 {pos} 超出了 {count} 个历史步骤</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="242"/>
        <source>{file}: the written bundle does not hold the files its manifest lists</source>
        <translation>{file}：写出的数据包与其清单所列文件不一致</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="59"/>
        <source>{file}: there is no manifest.json; this is not a Junior Planner bundle</source>
        <translation>{file}：没有 manifest.json；这不是少年规划师的数据包</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="83"/>
        <source>{file}: there is no such file</source>
        <translation>{file}：没有这个文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="92"/>
        <source>{file}: this is not a zip file (a bundle is a zip file)</source>
        <translation>{file}：这不是 zip 文件（数据包是 zip 文件）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="104"/>
        <source>{file}: too many members ({count}; at most {limit})</source>
        <translation>{file}：文件数量太多（{count} 个；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="56"/>
        <source>{file}: unexpected member &apos;{name}&apos; (not part of a Junior Planner bundle)</source>
        <translation>{file}：有不应出现的文件“{name}”（不属于少年规划师数据包）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="39"/>
        <source>{file}: valid bundle of workshop &apos;{title}&apos; on site {site}: {proposals} proposals, {blocks} blocks, {annotations} notes, {participants} participants, {files} files</source>
        <translation>{file}：有效的数据包，工作坊“{title}”，场地 {site}：{proposals} 个方案，{blocks} 个积木，{annotations} 条留言，{participants} 位参与者，{files} 个文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="349"/>
        <source>{file}: workshop {id} is on another site here ({site})</source>
        <translation>{file}：本机的工作坊 {id} 在另一个场地上（{site}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="156"/>
        <location filename="../../junior_planner/services/web.py" line="179"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="271"/>
        <source>{file}: {what}</source>
        <translation>{file}:{what}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="132"/>
        <source>{level}: {ms} ms ({fps} frames a second)</source>
        <translation>{level}：{ms} 毫秒（每秒 {fps} 帧）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/viewport.py" line="108"/>
        <source>{ms} ms, {fps} frames a second</source>
        <translation>{ms} 毫秒，每秒 {fps} 帧</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="269"/>
        <source>{name} (imported)</source>
        <translation>{name}（导入）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="223"/>
        <source>{name}: {cost} coins</source>
        <translation>{name}：{cost} 金币</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="296"/>
        <source>{number} of {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="372"/>
        <source>{pages} pages written to {path}</source>
        <translation>已将 {pages} 页写入 {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="27"/>
        <source>{path} cannot be read ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="36"/>
        <source>{path} has a loop in its node graph</source>
        <translation>{path} 的节点结构中有循环引用</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="39"/>
        <source>{path} has coordinates that are not finite numbers</source>
        <translation>{path} 中有不是有限数值的坐标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="52"/>
        <source>{path} has no layer {detail}</source>
        <translation>{path} 没有图层 {detail}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="40"/>
        <source>{path} has no triangle with any area</source>
        <translation>{path} 中所有三角形的面积都为零</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="41"/>
        <source>{path} has no triangles</source>
        <translation>{path} 中没有三角形</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="38"/>
        <source>{path} has too many features ({detail}); cut out the area of the site first</source>
        <translation>{path} 的要素太多（{detail}）；请先裁出场地范围</translation>
    </message>
    <message>
        <source>{path} has too many triangles ({detail})</source>
        <translation type="vanished">{path} 中的三角形太多了（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="37"/>
        <source>{path} has too many triangles ({detail}); use --max-triangles or simplify the model</source>
        <translation>{path} 的三角形太多（{detail}）；请使用 --max-triangles 或简化模型</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="32"/>
        <source>{path} is cut short: the file is incomplete ({detail})</source>
        <translation>{path} 被截断了，文件不完整（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="28"/>
        <source>{path} is empty</source>
        <translation>{path} 是空文件</translation>
    </message>
    <message>
        <source>{path} is far too large; check --units</source>
        <translation type="vanished">{path} 中的模型尺寸大得离谱，请检查 --units</translation>
    </message>
    <message>
        <source>{path} is not a 3D model we can read ({detail})</source>
        <translation type="vanished">{path} 不是可以读取的 3D 模型（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="36"/>
        <source>{path} is not a Junior Planner database; it was left untouched</source>
        <translation>{path} 不是小小规划师的数据库，程序没有改动它</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <location filename="../../junior_planner/services/sites.py" line="131"/>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="30"/>
        <source>{path} is not a file we can read ({detail})</source>
        <translation>{path} 不是可以读取的文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="172"/>
        <source>{path} is not empty and was not made by publish-web; choose an empty folder</source>
        <translation>{path} 不是空文件夹，也不是 publish-web 生成的；请选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="31"/>
        <source>{path} is not valid JSON ({detail})</source>
        <translation>{path} 不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <source>{path} is too big to import</source>
        <translation type="vanished">{path} 文件太大，无法导入</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="29"/>
        <source>{path} is too big to import ({detail})</source>
        <translation>{path} 太大，无法导入（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="34"/>
        <source>{path} needs &apos;{detail}&apos;, which is not in its folder or zip</source>
        <translation>{path} 需要“{detail}”，但它不在同一个文件夹或 zip 中</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="51"/>
        <source>{path} needs the glTF extension {detail}, which cannot be read here; export the model again without it</source>
        <translation>{path} 需要 glTF 扩展 {detail}，这里无法读取；请不用它重新导出模型</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="44"/>
        <source>{path} needs too much memory to read (limit {detail})</source>
        <translation>读取 {path} 需要的内存太多（上限 {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="33"/>
        <source>{path} refers to a file outside its own folder ({detail}); keep the model&apos;s files together in one folder or zip</source>
        <translation>{path} 引用了其所在文件夹之外的文件（{detail}）；请把模型的文件放在同一个文件夹或 zip 中</translation>
    </message>
    <message>
        <source>{path} refers to another file ({detail}); only self-contained files can be imported</source>
        <translation type="vanished">{path} 引用了另一个文件（{detail}），只能导入不依赖其他文件的独立文件</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="43"/>
        <source>{path} took too long to read (limit {detail})</source>
        <translation>读取 {path} 花的时间太长（上限 {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="47"/>
        <source>{path}: &apos;{detail}&apos; is not a coordinate system known here (use EPSG:n, e.g. EPSG:4549)</source>
        <translation>{path}：这里不认识坐标系“{detail}”（请使用 EPSG:n，例如 EPSG:4549）</translation>
    </message>
    <message>
        <source>{path}: a footprint has no height or levels property ({detail})</source>
        <translation type="vanished">{path}：有一个建筑轮廓没有 height 或 levels 属性（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="45"/>
        <source>{path}: a footprint is not a valid polygon ({detail})</source>
        <translation>{path}：有一个建筑轮廓不是有效的多边形（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="26"/>
        <source>{path}: files of type &apos;{detail}&apos; cannot be imported (see &apos;junior-planner site import --help&apos; for the formats)</source>
        <translation>{path}：无法导入“{detail}”类型的文件（支持的格式见 &apos;junior-planner site import --help&apos;）</translation>
    </message>
    <message>
        <source>{path}: files of type &apos;{detail}&apos; cannot be imported (use glb, gltf, obj, ply, stl, off or geojson)</source>
        <translation type="vanished">{path}：不能导入“{detail}”类型的文件（请使用 glb、gltf、obj、ply、stl、off 或 geojson）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="53"/>
        <source>{path}: nothing usable was found (no buildings, roads, trees, water or 3D shapes; {detail})</source>
        <translation>{path}：没有找到可用的内容（没有建筑、道路、树木、水面或三维形体；{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="46"/>
        <source>{path}: reading it needs the Python package {detail}, which is not installed (pip install {detail})</source>
        <translation>{path}：读取它需要 Python 包 {detail}，但尚未安装（pip install {detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="35"/>
        <source>{path}: say which file to import; the folder or zip holds several models ({detail})</source>
        <translation>{path}：请指明要导入的文件；该文件夹或 zip 中有多个模型（{detail}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="49"/>
        <source>{path}: the coordinates do not fit {detail}; check --source-crs</source>
        <translation>{path}：坐标与 {detail} 不符；请检查 --source-crs</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="42"/>
        <source>{path}: the model is kilometres across; check --units</source>
        <translation>{path}：模型有好几公里大，请检查 --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="54"/>
        <source>{path}: the site would leave children no ground to build on; give a larger area or a buildable area</source>
        <translation>{path}：这个场地没有留给孩子们搭建的地面；请给出更大的范围或可搭建区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="50"/>
        <source>{path}: to place a model on the earth give both --crs EPSG:n and --origin EASTING NORTHING</source>
        <translation>{path}：要为模型设置地理位置，请同时给出 --crs EPSG:n 和 --origin 东坐标 北坐标</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="48"/>
        <source>{path}: {detail} is not a projected coordinate system in metres; choose one with --crs (e.g. EPSG:4549)</source>
        <translation>{path}：{detail} 不是以米为单位的投影坐标系；请用 --crs 选择一个（例如 EPSG:4549）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="136"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="142"/>
        <source>{place}: let&apos;s design it together!</source>
        <translation>{place}：我们一起来设计吧！</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="269"/>
        <source>{proposals} and {notes} removed (erased on request or without consent)</source>
        <translation>删除了{proposals}和{notes}(已应要求删除或未获同意)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="209"/>
        <source>{reason}: {count} of {total} proposals</source>
        <translation>{reason}：{total} 个方案中有 {count} 个</translation>
    </message>
    <message>
        <source>{rows} tags and comments written to {path}</source>
        <translation type="vanished">已将 {rows} 条标签和评论写入 {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="297"/>
        <source>{shown} of {total} proposals</source>
        <translation>显示 {shown} 个方案，共 {total} 个</translation>
    </message>
    <message>
        <source>{site}, workshop {workshop}; ages {bands}; {blocks} blocks, {notes} notes; budget used {used:g}</source>
        <translation type="vanished">{site}，工作坊 {workshop}；年龄段 {bands}；{blocks} 块积木，{notes} 条便签；已用预算 {used:g}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="236"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="217"/>
        <source>{site}, workshop {workshop}; ages {bands}; {blocks}, {notes}; budget used {used:g}</source>
        <translation>{site}，工作坊 {workshop}；年龄段 {bands}；{blocks}，{notes}；已用预算 {used:g}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/library.py" line="38"/>
        <source>{site}: %n buildable polygons</source>
        <translation>
            <numerusform>{site}：%n 个可建区域</numerusform>
        </translation>
    </message>
    <message>
        <source>{site}: {count} buildable polygons</source>
        <translation type="vanished">{site}：{count} 个可建区域</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="43"/>
        <source>{site}: {crs}, origin at lon {lon:.6f}, lat {lat:.6f}</source>
        <translation>{site}：{crs}，原点位于经度 {lon:.6f}、纬度 {lat:.6f}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="215"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="225"/>
        <source>{thing} ({count} of {total} proposals)</source>
        <translation>{thing}（{total} 个方案中有 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="217"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="227"/>
        <source>{thing} ({count})</source>
        <translation>{thing}（{count}）</translation>
    </message>
    <message>
        <source>{title}
{site} - {count} proposals</source>
        <translation type="vanished">{title}
{site} - {count} 个方案</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="204"/>
        <source>{title}
{site} · proposals: {count}</source>
        <translation>{title}
{site} · 方案：{count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="356"/>
        <source>{title} (ages {bands}, {workshop})</source>
        <translation>{title}（{bands} 岁，{workshop}）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="323"/>
        <source>{title} (kept until {date}): {proposals}, {blocks}, {notes}</source>
        <translation>{title}(保留到 {date}):{proposals},{blocks},{notes}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="382"/>
        <source>{title} (second version of {id})</source>
        <translation>{title}（{id} 的第二版本）</translation>
    </message>
    <message>
        <source>{title}: {blocks} blocks, {notes} notes, ages {bands}</source>
        <translation type="vanished">{title}：{blocks} 块积木，{notes} 条便签，{bands} 岁</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="86"/>
        <source>{title}: {blocks}, {notes}, ages {bands}</source>
        <translation>{title}：{blocks}，{notes}，{bands} 岁</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="256"/>
        <source>{value} is not allowed; use a finite number</source>
        <translation>不能使用 {value}，请使用有限的数值</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="76"/>
        <source>{value} of {total}</source>
        <translation>{total} 中的 {value}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="221"/>
        <source>“{quote}” (ages {band})</source>
        <translation>“{quote}”（{band} 岁）</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="335"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="160"/>
        <source>…and {count} more</source>
        <translation>……还有 {count} 条</translation>
    </message>
</context>
</TS>
