<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>junior_planner</name>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="115"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="66"/>
        <source>%n CityJSON geometry templates were left out</source>
        <translation>
            <numerusform>%n CityJSON geometry template was left out</numerusform>
            <numerusform>%n CityJSON geometry templates were left out</numerusform>
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
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="65"/>
        <source>%n building outlines were drawn by their building parts instead</source>
        <translation>
            <numerusform>%n building outline was drawn by its building parts instead</numerusform>
            <numerusform>%n building outlines were drawn by their building parts instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="212"/>
        <source>%n bundles could not be opened</source>
        <translation>
            <numerusform>%n bundle could not be opened</numerusform>
            <numerusform>%n bundles could not be opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/workshops.py" line="151"/>
        <location filename="../../junior_planner/commands/workshops.py" line="166"/>
        <location filename="../../junior_planner/services/data_rights.py" line="270"/>
        <location filename="../../junior_planner/services/web.py" line="73"/>
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="67"/>
        <source>%n city objects have no geometry at the chosen level of detail</source>
        <translation>
            <numerusform>%n city object has no geometry at the chosen level of detail</numerusform>
            <numerusform>%n city objects have no geometry at the chosen level of detail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/workshops.py" line="150"/>
        <location filename="../../junior_planner/commands/workshops.py" line="165"/>
        <location filename="../../junior_planner/services/data_rights.py" line="270"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="176"/>
        <source>%n designs</source>
        <translation>
            <numerusform>%n design</numerusform>
            <numerusform>%n designs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="63"/>
        <source>%n entries were not GeoJSON features and were left out</source>
        <translation>
            <numerusform>%n entry was not a GeoJSON feature and was left out</numerusform>
            <numerusform>%n entries were not GeoJSON features and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="61"/>
        <source>%n features had an empty geometry and were left out</source>
        <translation>
            <numerusform>%n feature had an empty geometry and was left out</numerusform>
            <numerusform>%n features had an empty geometry and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="62"/>
        <source>%n features had no geometry and were left out</source>
        <translation>
            <numerusform>%n feature had no geometry and was left out</numerusform>
            <numerusform>%n features had no geometry and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="60"/>
        <source>%n features with unusable polygons were left out</source>
        <translation>
            <numerusform>%n feature with an unusable polygon was left out</numerusform>
            <numerusform>%n features with unusable polygons were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="59"/>
        <source>%n invalid polygons were repaired</source>
        <translation>
            <numerusform>%n invalid polygon was repaired</numerusform>
            <numerusform>%n invalid polygons were repaired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="265"/>
        <source>%n kept (the archive has a newer version)</source>
        <translation>
            <numerusform>%n kept (the archive has a newer version)</numerusform>
            <numerusform>%n kept (the archive has a newer version)</numerusform>
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
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/report.py" line="229"/>
        <source>%n notes were left out because they looked like names, numbers or addresses.</source>
        <translation>
            <numerusform>%n note was left out because it looked like a name, a number or an address.</numerusform>
            <numerusform>%n notes were left out because they looked like names, numbers or addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="58"/>
        <source>%n of {total} buildings had no height: used {height} m (--default-height)</source>
        <translation>
            <numerusform>%n of {total} buildings had no height: used {height} m (--default-height)</numerusform>
            <numerusform>%n of {total} buildings had no height: used {height} m (--default-height)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/proposals.py" line="265"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/bundle.py" line="59"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="177"/>
        <source>%n pictures</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="98"/>
        <source>%n pieces of text, {flagged} to look at</source>
        <translation>
            <numerusform>%n piece of text, {flagged} to look at</numerusform>
            <numerusform>%n pieces of text, {flagged} to look at</numerusform>
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
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="261"/>
        <source>%n proposals added</source>
        <translation>
            <numerusform>%n proposal added</numerusform>
            <numerusform>%n proposals added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="210"/>
        <source>%n proposals added; {total} in this review.</source>
        <translation>
            <numerusform>%n proposal added; {total} in this review.</numerusform>
            <numerusform>%n proposals added; {total} in this review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/patterns.py" line="352"/>
        <source>%n proposals built here (x {x0:g} to {x1:g} m, y {y0:g} to {y1:g} m):</source>
        <translation>
            <numerusform>%n proposal built here (x {x0:g} to {x1:g} m, y {y0:g} to {y1:g} m):</numerusform>
            <numerusform>%n proposals built here (x {x0:g} to {x1:g} m, y {y0:g} to {y1:g} m):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="236"/>
        <source>%n proposals in the city archive ({scope})</source>
        <translation>
            <numerusform>%n proposal in the city archive ({scope})</numerusform>
            <numerusform>%n proposals in the city archive ({scope})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="267"/>
        <source>%n refused (erased on request or without consent)</source>
        <translation>
            <numerusform>%n refused (erased on request or without consent)</numerusform>
            <numerusform>%n refused (erased on request or without consent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/sites.py" line="64"/>
        <source>%n roads or paths reach beyond the extract and were left out</source>
        <translation>
            <numerusform>%n road or path reaches beyond the extract and was left out</numerusform>
            <numerusform>%n roads or paths reach beyond the extract and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="358"/>
        <source>%n tags and comments written to {path}</source>
        <translation>
            <numerusform>%n tag or comment written to {path}</numerusform>
            <numerusform>%n tags and comments written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="263"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/workshops.py" line="151"/>
        <source>%n voice notes</source>
        <translation>
            <numerusform>%n voice note</numerusform>
            <numerusform>%n voice notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/report.py" line="145"/>
        <location filename="../../junior_planner/services/web.py" line="74"/>
        <location filename="../../junior_planner/services/web.py" line="151"/>
        <source>%n workshops</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="217"/>
        <source>&apos;at&apos; must be [x, y] in metres</source>
        <translation>&apos;at&apos; must be [x, y] in metres</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="222"/>
        <source>&apos;reasons&apos; must be a list of reason ids</source>
        <translation>&apos;reasons&apos; must be a list of reason ids</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="59"/>
        <source>&apos;{band}&apos; is not an age band ({known})</source>
        <translation>&apos;{band}&apos; is not an age band ({known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="11"/>
        <source>&apos;{block}&apos; is not one of this workshop&apos;s blocks</source>
        <translation>&apos;{block}&apos; is not one of this workshop&apos;s blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="46"/>
        <source>&apos;{date}&apos; is not a date like 2025-12-31</source>
        <translation>&apos;{date}&apos; is not a date like 2025-12-31</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="96"/>
        <source>&apos;{detail}&apos; is not a detail level ({known})</source>
        <translation>&apos;{detail}&apos; is not a detail level ({known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="149"/>
        <source>&apos;{field}&apos; has a language other than en and zh_CN: &apos;{language}&apos;</source>
        <translation>&apos;{field}&apos; has a language other than en and zh_CN: &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="140"/>
        <source>&apos;{field}&apos; has no text in the language &apos;{language}&apos;</source>
        <translation>&apos;{field}&apos; has no text in the language &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="143"/>
        <source>&apos;{field}&apos; is missing</source>
        <translation>&apos;{field}&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="154"/>
        <source>&apos;{field}&apos;: {reason}</source>
        <translation>&apos;{field}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="166"/>
        <source>&apos;{id}&apos; is the start of {count} participant ids; give more of it</source>
        <translation>&apos;{id}&apos; is the start of {count} participant ids; give more of it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="52"/>
        <source>&apos;{id}&apos; is the start of {count} proposal ids; give more of it</source>
        <translation>&apos;{id}&apos; is the start of {count} proposal ids; give more of it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="46"/>
        <source>&apos;{id}&apos; is the start of {count} workshop ids; give more of it</source>
        <translation>&apos;{id}&apos; is the start of {count} workshop ids; give more of it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="63"/>
        <location filename="../../junior_planner/services/replay.py" line="74"/>
        <source>&apos;{key}&apos; is missing</source>
        <translation>&apos;{key}&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="80"/>
        <source>&apos;{key}&apos; is too long (at most {limit} characters)</source>
        <translation>&apos;{key}&apos; is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="67"/>
        <source>&apos;{key}&apos; must be a finite number</source>
        <translation>&apos;{key}&apos; must be a finite number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="78"/>
        <source>&apos;{key}&apos; must be text</source>
        <translation>&apos;{key}&apos; must be text</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="142"/>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>&apos;{key}&apos; must be true or false</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="87"/>
        <source>&apos;{lang}&apos; is not a language the kiosk speaks ({known})</source>
        <translation>&apos;{lang}&apos; is not a language the kiosk speaks ({known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="232"/>
        <source>&apos;{site}&apos; is a bundled site; only imported sites can be geo-referenced here</source>
        <translation>&apos;{site}&apos; is a bundled site; only imported sites can be geo-referenced here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="260"/>
        <source>&apos;{site}&apos; is a bundled site; only imported sites can get a new buildable area</source>
        <translation>&apos;{site}&apos; is a bundled site; only imported sites can get a new buildable area</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="269"/>
        <source>&apos;{title}&apos; (kept until {date}: {proposals}, {children})</source>
        <translation>&apos;{title}&apos; (kept until {date}: {proposals}, {children})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="263"/>
        <location filename="../../junior_planner/commands/workshops.py" line="72"/>
        <location filename="../../junior_planner/commands/workshops.py" line="80"/>
        <location filename="../../junior_planner/commands/workshops.py" line="82"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/bundle.py" line="324"/>
        <location filename="../../junior_planner/services/review.py" line="309"/>
        <source>(and %n more problems; see &apos;junior-planner validate&apos;)</source>
        <translation>
            <numerusform>(and %n more problem; see &apos;junior-planner validate&apos;)</numerusform>
            <numerusform>(and %n more problems; see &apos;junior-planner validate&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="210"/>
        <source>(custom)</source>
        <translation>(custom)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="258"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="246"/>
        <source>(empty note)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="196"/>
        <location filename="../../junior_planner/ui/editor/window.py" line="25"/>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="24"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="324"/>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="86"/>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="227"/>
        <source>(no words were written with this reason)</source>
        <translation>(no words were written with this reason)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="230"/>
        <source>(the whole proposal)</source>
        <translation>(the whole proposal)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="255"/>
        <source>(words left out)</source>
        <translation>(words left out)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="271"/>
        <location filename="../../junior_planner/services/archive_review.py" line="50"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="234"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="352"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/data_rights.py" line="237"/>
        <source>- %n children (names, age bands, consent records)</source>
        <translation>
            <numerusform>- %n child (name, age band, consent record)</numerusform>
            <numerusform>- %n children (names, age bands, consent records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/data_rights.py" line="236"/>
        <source>- %n designs with their blocks, notes, voice notes and undo history</source>
        <translation>
            <numerusform>- %n design with its blocks, notes, voice notes and undo history</numerusform>
            <numerusform>- %n designs with their blocks, notes, voice notes and undo history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="203"/>
        <source>- group designs keep the others&apos; work but lose this child&apos;s name and notes: {titles}</source>
        <translation>- group designs keep the others&apos; work but lose this child&apos;s name and notes: {titles}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="238"/>
        <source>- its facilitator PIN and any kiosk draft</source>
        <translation>- its facilitator PIN and any kiosk draft</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="205"/>
        <source>- their notes, voice notes and every trace of them in the undo history</source>
        <translation>- their notes, voice notes and every trace of them in the undo history</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="200"/>
        <source>- their own designs, deleted completely: {titles}</source>
        <translation>- their own designs, deleted completely: {titles}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="64"/>
        <source>--pseudonym starts a new proposal; leave it out with --proposal</source>
        <translation>--pseudonym starts a new proposal; leave it out with --proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="37"/>
        <source>--site, --since and --age-band choose part of the city archive: give --db too</source>
        <translation>--site, --since and --age-band choose part of the city archive: give --db too</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="34"/>
        <source>--size must be between 0.75 and 2</source>
        <translation>--size must be between 0.75 and 2</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="100"/>
        <source>--size must be {low} to {high} pixels each way, not {width}x{height}</source>
        <translation>--size must be {low} to {high} pixels each way, not {width}x{height}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="97"/>
        <source>--size must look like 1280x800 (width x height in pixels), not &apos;{size}&apos;</source>
        <translation>--size must look like 1280x800 (width x height in pixels), not &apos;{size}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="155"/>
        <source>3D detail</source>
        <translation>3D detail</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="238"/>
        <source>3D detail: full</source>
        <translation>3D detail: full</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="238"/>
        <source>3D detail: low</source>
        <translation>3D detail: low</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="238"/>
        <source>3D detail: normal</source>
        <translation>3D detail: normal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="127"/>
        <source>3D drawing: {renderer} (OpenGL {version})</source>
        <translation>3D drawing: {renderer} (OpenGL {version})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="73"/>
        <source>3D models: the length unit (default: m)</source>
        <translation>3D models: the length unit (default: m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="72"/>
        <source>3D models: which axis points up (default: y for glTF, z otherwise)</source>
        <translation>3D models: which axis points up (default: y for glTF, z otherwise)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="203"/>
        <source>3D shapes</source>
        <translation>3D shapes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="179"/>
        <source>4 to 12 digits (needed for the kiosk)</source>
        <translation>4 to 12 digits (needed for the kiosk)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="13"/>
        <source>A building is already there.</source>
        <translation>A building is already there.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="321"/>
        <source>A comment needs 1 to 4000 characters.</source>
        <translation>A comment needs 1 to 4000 characters.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="237"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="117"/>
        <source>A design for {site}</source>
        <translation>A design for {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="88"/>
        <source>A picture of the place</source>
        <translation>A picture of the place</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="320"/>
        <source>A picture of your design</source>
        <translation>A picture of your design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="143"/>
        <source>A review of {proposals} from {workshops}, written {day}</source>
        <translation>A review of {proposals} from {workshops}, written {day}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="140"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="141"/>
        <source>A sound for each action</source>
        <translation>A sound for each action</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="300"/>
        <source>A tag needs 1 to 60 characters.</source>
        <translation>A tag needs 1 to 60 characters.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="14"/>
        <source>A tree is already growing there.</source>
        <translation>A tree is already growing there.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="81"/>
        <source>A workshop&apos;s site cannot change once children may have built on it.</source>
        <translation>A workshop&apos;s site cannot change once children may have built on it.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="149"/>
        <source>Add a friend</source>
        <translation>Add a friend</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="175"/>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="83"/>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="36"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Ages</source>
        <translation>Ages</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="229"/>
        <source>All blocks</source>
        <translation>All blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="282"/>
        <source>All data of &apos;{name}&apos; was deleted.</source>
        <translation>All data of &apos;{name}&apos; was deleted.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="197"/>
        <source>All data of the child &apos;{name}&apos; will be deleted from this computer:</source>
        <translation>All data of the child &apos;{name}&apos; will be deleted from this computer:</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="52"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="35"/>
        <source>All proposals together</source>
        <translation>All proposals together</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="69"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="70"/>
        <source>Another name</source>
        <translation>Another name</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="266"/>
        <source>As a child sees it (1 m high)</source>
        <translation>As a child sees it (1 m high)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="240"/>
        <location filename="../../junior_planner/services/web.py" line="48"/>
        <source>At a child&apos;s eye height</source>
        <translation>At a child&apos;s eye height</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="305"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="148"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="47"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="203"/>
        <source>Back to the children</source>
        <translation>Back to the children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="224"/>
        <source>Because...</source>
        <translation>Because...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="84"/>
        <source>Bigger</source>
        <translation>Bigger</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="84"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="191"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="155"/>
        <source>Blocks placed, by age band</source>
        <translation>Blocks placed, by age band</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="203"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="207"/>
        <source>Blocks the children may use</source>
        <translation>Blocks the children may use</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/palette.py" line="140"/>
        <source>Blocks to choose from</source>
        <translation>Blocks to choose from</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="37"/>
        <source>Blocks used</source>
        <translation>Blocks used</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="233"/>
        <source>Blocks: all</source>
        <translation>Blocks: all</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="233"/>
        <source>Blocks: {count}</source>
        <translation>Blocks: {count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="112"/>
        <source>Brought the city archive from schema version {old} to {new}.</source>
        <translation>Brought the city archive from schema version {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="110"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/table.py" line="15"/>
        <source>Budget used</source>
        <translation>Budget used</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="232"/>
        <source>Budget: {budget}</source>
        <translation>Budget: {budget}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="69"/>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="86"/>
        <source>Bump! You cannot walk through that.</source>
        <translation>Bump! You cannot walk through that.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="239"/>
        <source>Bundles already exported are not touched. This cannot be undone.</source>
        <translation>Bundles already exported are not touched. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="256"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="257"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="235"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="11"/>
        <source>Cars drive here! Try a spot off the road.</source>
        <translation>Cars drive here! Try a spot off the road.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="83"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="116"/>
        <source>Cell size</source>
        <translation>Cell size</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/window.py" line="160"/>
        <source>Checking %n bundles...</source>
        <translation>
            <numerusform>Checking %n bundle...</numerusform>
            <numerusform>Checking %n bundles...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="187"/>
        <source>Checking {file} ({done} of {total})...</source>
        <translation>Checking {file} ({done} of {total})...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="184"/>
        <source>Child-friendly indicators</source>
        <translation>Child-friendly indicators</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="149"/>
        <source>Children and consent</source>
        <translation>Children and consent</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="158"/>
        <source>Children built their proposals in 3D on a kiosk, placing blocks on a model of the real site and adding notes on why: stickers, reason chips, a few words and, where the guardians agreed, a voice note. Facilitators exported each workshop as a bundle; this report reads those bundles, checked, without changing them.</source>
        <translation>Children built their proposals in 3D on a kiosk, placing blocks on a model of the real site and adding notes on why: stickers, reason chips, a few words and, where the guardians agreed, a voice note. Facilitators exported each workshop as a bundle; this report reads those bundles, checked, without changing them.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="64"/>
        <source>Children designed these places in workshops. Open a workshop to see every proposal in 3D.</source>
        <translation>Children designed these places in workshops. Open a workshop to see every proposal in 3D.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="42"/>
        <source>Children in this workshop</source>
        <translation>Children in this workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="131"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="132"/>
        <source>Children may record voice notes</source>
        <translation>Children may record voice notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="219"/>
        <source>Children most often asked for {first} and {second}.</source>
        <translation>Children most often asked for {first} and {second}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="220"/>
        <source>Children most often asked for {first}, {second} and {third}.</source>
        <translation>Children most often asked for {first}, {second} and {third}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="218"/>
        <source>Children most often asked for {first}.</source>
        <translation>Children most often asked for {first}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="63"/>
        <source>Children&apos;s proposals</source>
        <translation>Children&apos;s proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="33"/>
        <source>Children&apos;s proposals for {site}</source>
        <translation>Children&apos;s proposals for {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="357"/>
        <source>Choose a proposal to see what the children made and why.</source>
        <translation>Choose a proposal to see what the children made and why.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="230"/>
        <source>Choose all blocks</source>
        <translation>Choose all blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="67"/>
        <source>CityJSON: the level of detail to use (default: the highest of each object)</source>
        <translation>CityJSON: the level of detail to use (default: the highest of each object)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="37"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="233"/>
        <source>Clear the choice of blocks</source>
        <translation>Clear the choice of blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="57"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="62"/>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="73"/>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="74"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="202"/>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="63"/>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/reading.py" line="25"/>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="296"/>
        <source>Coins left: {left} of {budget}</source>
        <translation>Coins left: {left} of {budget}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="101"/>
        <source>Coins per design</source>
        <translation>Coins per design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="321"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="137"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="65"/>
        <source>Compare the two selected</source>
        <translation>Compare the two selected</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="90"/>
        <source>Consent for {name}: {answer}</source>
        <translation>Consent for {name}: {answer}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="125"/>
        <source>Consent recorded for &apos;{name}&apos;: no (notice {version}).</source>
        <translation>Consent recorded for &apos;{name}&apos;: no (notice {version}).</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="124"/>
        <source>Consent recorded for &apos;{name}&apos;: yes (notice {version}).</source>
        <translation>Consent recorded for &apos;{name}&apos;: yes (notice {version}).</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="86"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="117"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58"/>
        <source>Create a new workshop</source>
        <translation>Create a new workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="253"/>
        <source>Create workshop</source>
        <translation>Create workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="110"/>
        <source>Created the city archive (schema version {version}).</source>
        <translation>Created the city archive (schema version {version}).</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="185"/>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="159"/>
        <source>Delete all data after</source>
        <translation>Delete all data after</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="65"/>
        <source>Delete all data of the chosen child</source>
        <translation>Delete all data of the chosen child</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="160"/>
        <source>Delete all data of this workshop after a date</source>
        <translation>Delete all data of this workshop after a date</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="279"/>
        <source>Delete the child&apos;s data</source>
        <translation>Delete the child&apos;s data</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="81"/>
        <source>Delete the chosen workshop and all its data</source>
        <translation>Delete the chosen workshop and all its data</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="266"/>
        <source>Delete the workshop</source>
        <translation>Delete the workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="279"/>
        <source>Delete this child&apos;s data?</source>
        <translation>Delete this child&apos;s data?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="63"/>
        <source>Delete this child&apos;s data…</source>
        <translation>Delete this child&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="266"/>
        <source>Delete this workshop?</source>
        <translation>Delete this workshop?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="80"/>
        <source>Delete workshop…</source>
        <translation>Delete workshop…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/archive.py" line="321"/>
        <source>Deleted %n workshops past their keep-until date:</source>
        <translation>
            <numerusform>Deleted %n workshop past its keep-until date:</numerusform>
            <numerusform>Deleted %n workshops past their keep-until date:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="164"/>
        <source>Deleted &apos;{title}&apos; ({id}), kept until {date}: {proposals}, {children}.</source>
        <translation>Deleted &apos;{title}&apos; ({id}), kept until {date}: {proposals}, {children}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="140"/>
        <source>Deleted all data of &apos;{name}&apos;: {deleted} of their own designs deleted, {changed} group designs without them, {notes} notes, {media} voice notes.</source>
        <translation>Deleted all data of &apos;{name}&apos;: {deleted} of their own designs deleted, {changed} group designs without them, {notes} notes, {media} voice notes.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="187"/>
        <source>Deleted because their keep-until date has passed: {list}</source>
        <translation>Deleted because their keep-until date has passed: {list}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="149"/>
        <source>Deleted the workshop &apos;{title}&apos;: {proposals}, {children}, {media}.</source>
        <translation>Deleted the workshop &apos;{title}&apos;: {proposals}, {children}, {media}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="34"/>
        <source>Demo: our park</source>
        <translation>Demo: our park</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Designs</source>
        <translation>Designs</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="280"/>
        <source>Designs appear here when children press &quot;I&apos;m finished&quot;.</source>
        <translation>Designs appear here when children press &quot;I&apos;m finished&quot;.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="93"/>
        <source>Double-click to type the notice version</source>
        <translation>Double-click to type the notice version</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="45"/>
        <source>Drawing pictures…</source>
        <translation>Drawing pictures…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="78"/>
        <source>Edit the chosen workshop&apos;s settings</source>
        <translation>Edit the chosen workshop&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="55"/>
        <source>Edit workshop</source>
        <translation>Edit workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="78"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="33"/>
        <source>Every note and design name the children typed, including earlier versions kept for undo. Remove anything that could identify a child (a real name, a school, a phone number) before exporting.</source>
        <translation>Every note and design name the children typed, including earlier versions kept for undo. Remove anything that could identify a child (a real name, a school, a phone number) before exporting.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Explorer name</source>
        <translation>Explorer name</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="27"/>
        <source>Export for planners</source>
        <translation>Export for planners</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="162"/>
        <source>Export for planners…</source>
        <translation>Export for planners…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="355"/>
        <source>Export planner notes</source>
        <translation>Export planner notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="63"/>
        <source>Export planner notes (CSV)...</source>
        <translation>Export planner notes (CSV)...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="169"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="162"/>
        <source>Export the chosen workshop for planners</source>
        <translation>Export the chosen workshop for planners</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="175"/>
        <source>Exported {proposals} ({annotations}, {pictures}) to {path}. Every checksum verified.</source>
        <translation>Exported {proposals} ({annotations}, {pictures}) to {path}. Every checksum verified.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="41"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="201"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="178"/>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="27"/>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="72"/>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="81"/>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="41"/>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="143"/>
        <source>For the planning team. The children&apos;s own proposals, patterns across them, and their words.</source>
        <translation>For the planning team. The children&apos;s own proposals, patterns across them, and their words.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="240"/>
        <location filename="../../junior_planner/services/web.py" line="47"/>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="45"/>
        <source>From above</source>
        <translation>From above</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="259"/>
        <source>From the top</source>
        <translation>From the top</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="150"/>
        <source>Full: every tree and roof (a fast computer)</source>
        <translation>Full: every tree and roof (a fast computer)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="64"/>
        <source>GeoPackage: the layer to read (default: every layer, sorted by its tags)</source>
        <translation>GeoPackage: the layer to read (default: every layer, sorted by its tags)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="116"/>
        <source>Give people a role with: GRANT jp_planner TO &lt;login&gt;;  or  GRANT jp_facilitator TO &lt;login&gt;;</source>
        <translation>Give people a role with: GRANT jp_planner TO &lt;login&gt;;  or  GRANT jp_facilitator TO &lt;login&gt;;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="300"/>
        <source>Good idea</source>
        <translation>Good idea</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="87"/>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="142"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="147"/>
        <source>Here is your secret explorer name. Tap your age.</source>
        <translation>Here is your secret explorer name. Tap your age.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="199"/>
        <source>How children felt about each place</source>
        <translation>How children felt about each place</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="157"/>
        <source>How children felt about each place (left: worried or not safe; right: love, like, idea)</source>
        <translation>How children felt about each place (left: worried or not safe; right: love, like, idea)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="291"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="299"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216"/>
        <source>How do you feel about it?</source>
        <translation>How do you feel about it?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="149"/>
        <source>How finely the 3D view draws the site</source>
        <translation>How finely the 3D view draws the site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="171"/>
        <source>How to read the maps: each coloured square is a cell of {cell:g} m; its colour counts the proposals that placed at least one block there, so one group placing many blocks in one corner counts once. A group with children of several ages counts in each of their age bands.</source>
        <translation>How to read the maps: each coloured square is a cell of {cell:g} m; its colour counts the proposals that placed at least one block there, so one group placing many blocks in one corner counts once. A group with children of several ages counts in each of their age bands.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="72"/>
        <source>I am {band} years old</source>
        <translation>I am {band} years old</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="12"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="300"/>
        <source>I like it</source>
        <translation>I like it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="12"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="300"/>
        <source>I love it</source>
        <translation>I love it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="292"/>
        <source>I&apos;m finished</source>
        <translation>I&apos;m finished</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="24"/>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="12"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="117"/>
        <source>Idle time</source>
        <translation>Idle time</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="234"/>
        <source>Idle: {minutes} min</source>
        <translation>Idle: {minutes} min</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="51"/>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="58"/>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="69"/>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="72"/>
        <source>Import a site</source>
        <translation>Import a site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="85"/>
        <source>Import a site from your office&apos;s GIS or 3D files</source>
        <translation>Import a site from your office&apos;s GIS or 3D files</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="84"/>
        <source>Import a site...</source>
        <translation>Import a site...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="198"/>
        <source>Imported &apos;{name}&apos; as site {site}</source>
        <translation>Imported &apos;{name}&apos; as site {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="165"/>
        <source>Include pictures of each design in the export</source>
        <translation>Include pictures of each design in the export</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="20"/>
        <source>It cannot get any bigger or smaller.</source>
        <translation>It cannot get any bigger or smaller.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/app.py" line="22"/>
        <location filename="../../junior_planner/app.py" line="49"/>
        <location filename="../../junior_planner/ui/review/window.py" line="390"/>
        <source>Junior Planner</source>
        <translation>Junior Planner</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="45"/>
        <source>Junior Planner - Facilitator</source>
        <translation>Junior Planner - Facilitator</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="45"/>
        <source>Junior Planner - Review</source>
        <translation>Junior Planner - Review</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="235"/>
        <source>Junior Planner - Review of the city archive: {scope}</source>
        <translation>Junior Planner - Review of the city archive: {scope}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="182"/>
        <source>Junior Planner - our designs - {title}</source>
        <translation>Junior Planner - our designs - {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/window.py" line="26"/>
        <source>Junior Planner - {site} - {title}</source>
        <translation>Junior Planner - {site} - {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="180"/>
        <source>Junior Planner bundles (*.jpbundle *.zip)</source>
        <translation>Junior Planner bundles (*.jpbundle *.zip)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="134"/>
        <source>Junior Planner does not collect children&apos;s names, birth dates, schools, photos or locations. Children appear only as anonymous codes (C01, C02, ...) that change with every export, with an age band.</source>
        <translation>Junior Planner does not collect children&apos;s names, birth dates, schools, photos or locations. Children appear only as anonymous codes (C01, C02, ...) that change with every export, with an age band.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="266"/>
        <source>Junior Planner {version}</source>
        <translation>Junior Planner {version}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="29"/>
        <source>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</source>
        <translation>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="305"/>
        <source>Keep building</source>
        <translation>Keep building</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="36"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="38"/>
        <source>Keep everything</source>
        <translation>Keep everything</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="162"/>
        <source>Keep the data until</source>
        <translation>Keep the data until</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="174"/>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="239"/>
        <source>Kept until {date}</source>
        <translation>Kept until {date}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="37"/>
        <source>Kinds of things</source>
        <translation>Kinds of things</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="124"/>
        <source>Kiosk language: {name}</source>
        <translation>Kiosk language: {name}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="129"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="38"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="150"/>
        <source>Let&apos;s build!</source>
        <translation>Let&apos;s build!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="98"/>
        <source>Limit the coins</source>
        <translation>Limit the coins</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="99"/>
        <source>Limit the coins each design may spend</source>
        <translation>Limit the coins each design may spend</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Look at</source>
        <translation>Look at</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="152"/>
        <source>Low: an old computer without a 3D graphics card</source>
        <translation>Low: an old computer without a 3D graphics card</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="242"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="243"/>
        <location filename="../../junior_planner/services/web.py" line="44"/>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="28"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="121"/>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="61"/>
        <source>Made with Junior Planner from a workshop bundle. 3D drawing: three.js (MIT licence). Pictures of stickers and reasons: Twemoji (CC-BY 4.0).</source>
        <translation>Made with Junior Planner from a workshop bundle. 3D drawing: three.js (MIT licence). Pictures of stickers and reasons: Twemoji (CC-BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="150"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="113"/>
        <source>Minutes before an idle kiosk starts over</source>
        <translation>Minutes before an idle kiosk starts over</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="231"/>
        <source>My design</source>
        <translation>My design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="153"/>
        <source>My design: {title}</source>
        <translation>My design: {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="297"/>
        <source>Name of the design</source>
        <translation>Name of the design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="28"/>
        <source>New facilitator PIN (4 to 12 digits): </source>
        <translation>New facilitator PIN (4 to 12 digits): </translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="55"/>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58"/>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="305"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="353"/>
        <source>Next child</source>
        <translation>Next child</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="306"/>
        <source>Next design</source>
        <translation>Next design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="232"/>
        <source>No blocks</source>
        <translation>No blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="232"/>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="60"/>
        <source>No children have joined this workshop yet.</source>
        <translation>No children have joined this workshop yet.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="279"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="308"/>
        <source>No finished designs yet</source>
        <translation>No finished designs yet</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="239"/>
        <source>No keep-until date</source>
        <translation>No keep-until date</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="43"/>
        <source>No notes on this block.</source>
        <translation>No notes on this block.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="67"/>
        <source>No proposal matches these filters.</source>
        <translation>No proposal matches these filters.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="211"/>
        <source>No proposals match these filters.</source>
        <translation>No proposals match these filters.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="206"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="222"/>
        <source>No reasons were given in these {total} proposals.</source>
        <translation>No reasons were given in these {total} proposals.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="161"/>
        <source>No workshop is past its keep-until date.</source>
        <translation>No workshop is past its keep-until date.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="50"/>
        <source>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</source>
        <translation>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="153"/>
        <source>No workshops yet. Press “New workshop…”, or on the command line: junior-planner workshop new --site ID --title T</source>
        <translation>No workshops yet. Press “New workshop…”, or on the command line: junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="151"/>
        <source>Normal: simpler trees and roofs (most computers)</source>
        <translation>Normal: simpler trees and roofs (most computers)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="19"/>
        <source>Not enough coins left! Take something away first.</source>
        <translation>Not enough coins left! Take something away first.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="72"/>
        <source>Not exported: {reason}</source>
        <translation>Not exported: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="77"/>
        <source>Not right. %n tries left.</source>
        <translation>
            <numerusform>Not right. %n try left.</numerusform>
            <numerusform>Not right. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="13"/>
        <source>Not safe</source>
        <translation>Not safe</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="192"/>
        <source>Notes (click one to fly there)</source>
        <translation>Notes (click one to fly there)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="320"/>
        <source>Nothing in the archive is past its keep-until date.</source>
        <translation>Nothing in the archive is past its keep-until date.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="66"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="43"/>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="41"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="306"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="66"/>
        <source>On the ground</source>
        <translation>On the ground</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="130"/>
        <source>One frame of the demo site at {width}x{height}:</source>
        <translation>One frame of the demo site at {width}x{height}:</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="135"/>
        <source>Only when the guardians&apos; consent covers audio. Exports leave audio out unless asked.</source>
        <translation>Only when the guardians&apos; consent covers audio. Exports leave audio out unless asked.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="149"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="327"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="337"/>
        <source>Oops, that could not be saved. Please tell a grown-up.</source>
        <translation>Oops, that could not be saved. Please tell a grown-up.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="158"/>
        <source>Open a proposal from the table.</source>
        <translation>Open a proposal from the table.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="62"/>
        <source>Open bundles...</source>
        <translation>Open bundles...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="131"/>
        <source>Open in 3D</source>
        <translation>Open in 3D</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="133"/>
        <source>Open the chosen proposal in the 3D editor</source>
        <translation>Open the chosen proposal in the 3D editor</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="126"/>
        <source>Open the workshop bundles (.jpbundle) to review, or drop them on this window.</source>
        <translation>Open the workshop bundles (.jpbundle) to review, or drop them on this window.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="179"/>
        <source>Open workshop bundles</source>
        <translation>Open workshop bundles</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="171"/>
        <source>Opening the city archive ({scope})...</source>
        <translation>Opening the city archive ({scope})...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="58"/>
        <source>Opening the proposals...</source>
        <translation>Opening the proposals...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sheet.py" line="118"/>
        <source>Our design</source>
        <translation>Our design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="302"/>
        <source>Our designs: {title}</source>
        <translation>Our designs: {title}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="296"/>
        <source>Our dream park</source>
        <translation>Our dream park</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="271"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="132"/>
        <source>Our favourite</source>
        <translation>Our favourite</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="181"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="31"/>
        <source>PIN digits entered</source>
        <translation>PIN digits entered</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="166"/>
        <source>Participants by age band: {bands}. {consent} of {total} children have a recorded consent from their guardians.</source>
        <translation>Participants by age band: {bands}. {consent} of {total} children have a recorded consent from their guardians.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="136"/>
        <source>Patterns</source>
        <translation>Patterns</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="15"/>
        <source>People walk here. Keep the path free!</source>
        <translation>People walk here. Keep the path free!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/reading.py" line="22"/>
        <source>Pick a block, then tap where it goes.</source>
        <translation>Pick a block, then tap where it goes.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="28"/>
        <source>Planner bundles (*.jpbundle)</source>
        <translation>Planner bundles (*.jpbundle)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="85"/>
        <source>Planner tag</source>
        <translation>Planner tag</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/table.py" line="15"/>
        <source>Planner tags</source>
        <translation>Planner tags</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="168"/>
        <source>Play the voice note</source>
        <translation>Play the voice note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="149"/>
        <source>Point at a cell to see the proposals behind it.</source>
        <translation>Point at a cell to see the proposals behind it.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="46"/>
        <source>PostGIS is not installed on the database server ({reason})</source>
        <translation>PostGIS is not installed on the database server ({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="32"/>
        <source>Preparing the demo workshop in {path}</source>
        <translation>Preparing the demo workshop in {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="303"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="304"/>
        <source>Previous design</source>
        <translation>Previous design</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="106"/>
        <source>Proposal details</source>
        <translation>Proposal details</translation>
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
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="55"/>
        <source>Publishing {file} ({done} of {total})...</source>
        <translation>Publishing {file} ({done} of {total})...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="137"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="143"/>
        <source>Put slides, trees, benches and more where you want them, and tell us why.</source>
        <translation>Put slides, trees, benches and more where you want them, and tell us why.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="236"/>
        <source>Read aloud: off</source>
        <translation>Read aloud: off</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="236"/>
        <source>Read aloud: on</source>
        <translation>Read aloud: on</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="137"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="138"/>
        <source>Read each screen aloud when it opens</source>
        <translation>Read each screen aloud when it opens</translation>
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
        <translation>Read it to me</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="175"/>
        <source>Reading the city archive...</source>
        <translation>Reading the city archive...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="56"/>
        <source>Reading {file}...</source>
        <translation>Reading {file}...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="183"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="186"/>
        <source>Reason chips children can pick</source>
        <translation>Reason chips children can pick</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="41"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="195"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="156"/>
        <source>Reasons given, by age band</source>
        <translation>Reasons given, by age band</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="232"/>
        <source>Record again</source>
        <translation>Record again</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="81"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="86"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="177"/>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="62"/>
        <source>Remove the chosen words everywhere they are stored</source>
        <translation>Remove the chosen words everywhere they are stored</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="60"/>
        <source>Remove these words</source>
        <translation>Remove these words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="234"/>
        <source>Remove this note</source>
        <translation>Remove this note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="116"/>
        <source>Removed. The words are gone from the design and its undo history.</source>
        <translation>Removed. The words are gone from the design and its undo history.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="55"/>
        <source>Replace with:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="59"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="160"/>
        <source>Review and remove words the children typed</source>
        <translation>Review and remove words the children typed</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="159"/>
        <source>Review free text…</source>
        <translation>Review free text…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="29"/>
        <source>Review the children&apos;s words</source>
        <translation>Review the children&apos;s words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="38"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="115"/>
        <source>Roles and grants applied:</source>
        <translation>Roles and grants applied:</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="156"/>
        <source>Run &apos;junior-planner doctor&apos; on the kiosk to see which one it needs.</source>
        <translation>Run &apos;junior-planner doctor&apos; on the kiosk to see which one it needs.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="236"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="83"/>
        <source>Save as PNG</source>
        <translation>Save as PNG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="83"/>
        <source>Save as SVG</source>
        <translation>Save as SVG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="253"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="182"/>
        <source>Save comment</source>
        <translation>Save comment</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="90"/>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="232"/>
        <source>Say it</source>
        <translation>Say it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="229"/>
        <source>Say it in your own words</source>
        <translation>Say it in your own words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/window.py" line="293"/>
        <source>Say why</source>
        <translation>Say why</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="295"/>
        <source>Set a PIN for &apos;{title}&apos; first (Edit…): the PIN is the only way to close the kiosk.</source>
        <translation>Set a PIN for &apos;{title}&apos; first (Edit…): the PIN is the only way to close the kiosk.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="86"/>
        <source>Shapefile, GeoPackage, GeoJSON, OpenStreetMap, CityJSON, glTF or OBJ</source>
        <translation>Shapefile, GeoPackage, GeoJSON, OpenStreetMap, CityJSON, glTF or OBJ</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="65"/>
        <source>Shapefile: the text encoding of the attributes (default: the .cpg, else UTF-8, else GBK/GB18030)</source>
        <translation>Shapefile: the text encoding of the attributes (default: the .cpg, else UTF-8, else GBK/GB18030)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="116"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="72"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="90"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="116"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <location filename="../../junior_planner/ui/review/window.py" line="82"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/site_import.py" line="52"/>
        <source>Site files ({patterns})</source>
        <translation>Site files ({patterns})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="180"/>
        <source>Site: {site}</source>
        <translation>Site: {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="85"/>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="87"/>
        <source>Snap</source>
        <translation>Snap</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="214"/>
        <source>Some bundles could not be opened</source>
        <translation>Some bundles could not be opened</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="146"/>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="237"/>
        <source>Sounds: off</source>
        <translation>Sounds: off</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="237"/>
        <source>Sounds: on</source>
        <translation>Sounds: on</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="144"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="145"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="138"/>
        <source>Start kiosk</source>
        <translation>Start kiosk</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="138"/>
        <source>Start the children&apos;s kiosk for this workshop</source>
        <translation>Start the children&apos;s kiosk for this workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="100"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="84"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="40"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="232"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="138"/>
        <source>Suggestion: set the workshop&apos;s 3D detail to &apos;{level}&apos; (junior-planner workshop edit ID --detail {level}).</source>
        <translation>Suggestion: set the workshop&apos;s 3D detail to &apos;{level}&apos; (junior-planner workshop edit ID --detail {level}).</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="136"/>
        <source>Suggestion: this computer is too slow for the 3D view even at low detail; use another one.</source>
        <translation>Suggestion: this computer is too slow for the 3D view even at low detail; use another one.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="300"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="289"/>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="39"/>
        <source>Tap a block to see why the children put it there.</source>
        <translation>Tap a block to see why the children put it there.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="361"/>
        <source>Thank you for helping plan {site}!</source>
        <translation>Thank you for helping plan {site}!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="348"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="352"/>
        <source>Thank you, {names}! The planners will see your ideas.</source>
        <translation>Thank you, {names}! The planners will see your ideas.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="23"/>
        <source>That does not fit there. Try another spot!</source>
        <translation>That does not fit there. Try another spot!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="17"/>
        <source>That is outside the place we are planning.</source>
        <translation>That is outside the place we are planning.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="12"/>
        <source>That is water! Your block would sink.</source>
        <translation>That is water! Your block would sink.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="32"/>
        <source>The PIN for &apos;{title}&apos; is set.</source>
        <translation>The PIN for &apos;{title}&apos; is set.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="99"/>
        <source>The children typed no words in this workshop.</source>
        <translation>The children typed no words in this workshop.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="260"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="165"/>
        <source>The children&apos;s notes</source>
        <translation>The children&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="40"/>
        <source>The children&apos;s words</source>
        <translation>The children&apos;s words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="90"/>
        <source>The chosen workshop</source>
        <translation>The chosen workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="232"/>
        <source>The city archive could not be opened</source>
        <translation>The city archive could not be opened</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="230"/>
        <source>The city archive could not be opened.</source>
        <translation>The city archive could not be opened.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="238"/>
        <source>The city archive has no proposals in {scope}.</source>
        <translation>The city archive has no proposals in {scope}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="114"/>
        <source>The city archive is up to date (schema version {version}).</source>
        <translation>The city archive is up to date (schema version {version}).</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="299"/>
        <source>The kiosk could not be started.</source>
        <translation>The kiosk could not be started.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="301"/>
        <source>The kiosk for &apos;{title}&apos; is starting.</source>
        <translation>The kiosk for &apos;{title}&apos; is starting.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="109"/>
        <source>The proposal seen from above</source>
        <translation>The proposal seen from above</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="53"/>
        <source>The two cameras move together: turn or zoom either view.</source>
        <translation>The two cameras move together: turn or zoom either view.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="269"/>
        <source>The workshop &apos;{title}&apos; and all its data were deleted.</source>
        <translation>The workshop &apos;{title}&apos; and all its data were deleted.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="235"/>
        <source>The workshop &apos;{title}&apos; and all its data will be deleted from this computer:</source>
        <translation>The workshop &apos;{title}&apos; and all its data will be deleted from this computer:</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="99"/>
        <source>The workshop &apos;{title}&apos; is updated.</source>
        <translation>The workshop &apos;{title}&apos; is updated.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="42"/>
        <source>Their words</source>
        <translation>Their words</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/services/review_patterns.py" line="233"/>
        <source>These come from %n children (ages {bands}).</source>
        <translation>
            <numerusform>These come from %n child (ages {bands}).</numerusform>
            <numerusform>These come from %n children (ages {bands}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="229"/>
        <source>They most often placed {first} and {second}.</source>
        <translation>They most often placed {first} and {second}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="230"/>
        <source>They most often placed {first}, {second} and {third}.</source>
        <translation>They most often placed {first}, {second} and {third}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="228"/>
        <source>They most often placed {first}.</source>
        <translation>They most often placed {first}.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="51"/>
        <source>This browser cannot draw 3D here (WebGL is switched off). The lists and pictures still work.</source>
        <translation>This browser cannot draw 3D here (WebGL is switched off). The lists and pictures still work.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="206"/>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="129"/>
        <source>This is drawing in software (no 3D graphics driver): choose a lower detail level.</source>
        <translation>This is drawing in software (no 3D graphics driver): choose a lower detail level.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="52"/>
        <source>This page cannot show the proposals: {what}</source>
        <translation>This page cannot show the proposals: {what}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="59"/>
        <source>This page needs JavaScript.</source>
        <translation>This page needs JavaScript.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="49"/>
        <source>This picture is missing from the bundle.</source>
        <translation>This picture is missing from the bundle.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="21"/>
        <source>This plan is finished. You can look around!</source>
        <translation>This plan is finished. You can look around!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="36"/>
        <source>Tick consent when a guardian has agreed, and note which version of the notice they saw. Without consent, nothing of the child should leave this computer.</source>
        <translation>Tick consent when a guardian has agreed, and note which version of the notice they saw. Without consent, nothing of the child should leave this computer.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="98"/>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="95"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="16"/>
        <source>Too close to another block. Leave some room!</source>
        <translation>Too close to another block. Leave some room!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/kiosk/pinpad.py" line="75"/>
        <source>Too many tries. Wait %n seconds.</source>
        <translation>
            <numerusform>Too many tries. Wait %n second.</numerusform>
            <numerusform>Too many tries. Wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="203"/>
        <source>Top reasons, in the children&apos;s words</source>
        <translation>Top reasons, in the children&apos;s words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="82"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="83"/>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="98"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="102"/>
        <source>Turn left</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="99"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="103"/>
        <source>Turn right</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/widget.py" line="81"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/table.py" line="15"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="233"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="276"/>
        <source>Voice note</source>
        <translation>Voice note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="134"/>
        <source>Voice notes</source>
        <translation>Voice notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="235"/>
        <source>Voice notes: off</source>
        <translation>Voice notes: off</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="235"/>
        <source>Voice notes: on</source>
        <translation>Voice notes: on</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="97"/>
        <source>Walk</source>
        <translation>Walk</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/navigation.py" line="45"/>
        <location filename="../../junior_planner/ui/editor/widget.py" line="88"/>
        <source>Walk in</source>
        <translation>Walk in</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="18"/>
        <source>We cannot build on that ground.</source>
        <translation>We cannot build on that ground.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/render/printing/sheet.py" line="286"/>
        <source>We placed %n things</source>
        <translation>
            <numerusform>We placed %n thing</numerusform>
            <numerusform>We placed %n things</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="306"/>
        <source>We&apos;re done!</source>
        <translation>We&apos;re done!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="65"/>
        <source>What children asked for most, in all these workshops</source>
        <translation>What children asked for most, in all these workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="142"/>
        <source>What children proposed</source>
        <translation>What children proposed</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="288"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="295"/>
        <source>What is your design called?</source>
        <translation>What is your design called?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="132"/>
        <source>Where children built</source>
        <translation>Where children built</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="187"/>
        <source>Where children built (all blocks): proposals per {cell:g} m cell</source>
        <translation>Where children built (all blocks): proposals per {cell:g} m cell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/ui/review/patterns.py" line="260"/>
        <source>Where children built: {what}, %n proposals</source>
        <translation>
            <numerusform>Where children built: {what}, %n proposal</numerusform>
            <numerusform>Where children built: {what}, %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="38"/>
        <source>Where children put things (heatmap)</source>
        <translation>Where children put things (heatmap)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="290"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="298"/>
        <source>Which one do you like best?</source>
        <translation>Which one do you like best?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="142"/>
        <location filename="../../junior_planner/ui/kiosk/who.py" line="146"/>
        <source>Who is building?</source>
        <translation>Who is building?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="50"/>
        <source>Whole site</source>
        <translation>Whole site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="44"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="312"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="145"/>
        <source>Why we made it like this</source>
        <translation>Why we made it like this</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="216"/>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="220"/>
        <source>Why? Tell the planners!</source>
        <translation>Why? Tell the planners!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="57"/>
        <source>Words to put in place of the removed ones</source>
        <translation>Words to put in place of the removed ones</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="162"/>
        <location filename="../../junior_planner/ui/review/table.py" line="14"/>
        <location filename="../../junior_planner/ui/review/window.py" line="82"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="93"/>
        <source>Workshop title</source>
        <translation>Workshop title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="67"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="52"/>
        <source>Workshops on this computer</source>
        <translation>Workshops on this computer</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="13"/>
        <source>Worried</source>
        <translation>Worried</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="363"/>
        <source>Write a report</source>
        <translation>Write a report</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="64"/>
        <source>Write a report (PDF)...</source>
        <translation>Write a report (PDF)...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="53"/>
        <source>Writing and checking the bundle…</source>
        <translation>Writing and checking the bundle…</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="369"/>
        <source>Writing the report...</source>
        <translation>Writing the report...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="41"/>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="286"/>
        <source>Your tags and comments below are about: {what}</source>
        <translation>Your tags and comments below are about: {what}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/why.py" line="230"/>
        <source>Your words</source>
        <translation>Your words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="32"/>
        <source>[removed]</source>
        <translation>[removed]</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="60"/>
        <source>a 3D model without coordinates: where its origin stands, in --crs</source>
        <translation>a 3D model without coordinates: where its origin stands, in --crs</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/pin.py" line="26"/>
        <source>a PIN is 4 to 12 digits</source>
        <translation>a PIN is 4 to 12 digits</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="245"/>
        <source>a block type (default: every block)</source>
        <translation>a block type (default: every block)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="271"/>
        <source>a brace {{ or }} is not closed (write {{{{ and }}}} for a brace itself)</source>
        <translation>a brace {{ or }} is not closed (write {{{{ and }}}} for a brace itself)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="338"/>
        <source>a bundled file is not usable</source>
        <translation>a bundled file is not usable</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="180"/>
        <source>a comment for the planning team (kept on this computer only)</source>
        <translation>a comment for the planning team (kept on this computer only)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="80"/>
        <source>a group has at most four children</source>
        <translation>a group has at most four children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="123"/>
        <location filename="../../junior_planner/cli.py" line="197"/>
        <source>a normal window instead of full screen (for trying it out)</source>
        <translation>a normal window instead of full screen (for trying it out)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="32"/>
        <source>a note has no field &apos;{field}&apos;</source>
        <translation>a note has no field &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="27"/>
        <source>a note needs a sticker, a reason, some words or a voice note</source>
        <translation>a note needs a sticker, a reason, some words or a voice note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="209"/>
        <source>a note needs either &apos;target&apos; (a block) or &apos;at&apos; ([x, y])</source>
        <translation>a note needs either &apos;target&apos; (a block) or &apos;at&apos; ([x, y])</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="150"/>
        <location filename="../../junior_planner/services/data_rights.py" line="176"/>
        <source>a notice version has at most {limit} characters</source>
        <translation>a notice version has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="35"/>
        <source>a place to sit</source>
        <translation>a place to sit</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="12"/>
        <source>a position, angle or size is not a finite number</source>
        <translation>a position, angle or size is not a finite number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="60"/>
        <source>a pseudonym needs 1 to {limit} characters</source>
        <translation>a pseudonym needs 1 to {limit} characters</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="36"/>
        <source>a quiet corner</source>
        <translation>a quiet corner</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="111"/>
        <source>a short sound for each action on the kiosk</source>
        <translation>a short sound for each action on the kiosk</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="57"/>
        <source>a workshop title needs 1 to {limit} characters</source>
        <translation>a workshop title needs 1 to {limit} characters</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="173"/>
        <source>add a tag, e.g. shade, follow up</source>
        <translation>add a tag, e.g. shade, follow up</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="272"/>
        <location filename="../../junior_planner/services/archive_review.py" line="49"/>
        <location filename="../../junior_planner/services/web.py" line="45"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="312"/>
        <source>ages {band}</source>
        <translation>ages {band}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="259"/>
        <location filename="../../junior_planner/ui/review/window.py" line="310"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="208"/>
        <source>all blocks</source>
        <translation>all blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="164"/>
        <source>also write the bundle&apos;s web view unzipped into FOLDER: open FOLDER/index.html in any browser</source>
        <translation>also write the bundle&apos;s web view unzipped into FOLDER: open FOLDER/index.html in any browser</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="181"/>
        <source>an empty folder (or one made by publish-web before, which is replaced) to copy onto a web server</source>
        <translation>an empty folder (or one made by publish-web before, which is replaced) to copy onto a web server</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="18"/>
        <source>an existing tree is there</source>
        <translation>an existing tree is there</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="143"/>
        <source>an indicator definitions file (default: the bundled one; see docs/indicators.md)</source>
        <translation>an indicator definitions file (default: the bundled one; see docs/indicators.md)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="132"/>
        <source>apply an edit script (JSON lines) as one participant group; prints the proposal id</source>
        <translation>apply an edit script (JSON lines) as one participant group; prints the proposal id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="82"/>
        <source>at least {target}</source>
        <translation>at least {target}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="82"/>
        <source>at most {target}</source>
        <translation>at most {target}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="14"/>
        <source>being made</source>
        <translation>being made</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="125"/>
        <source>black on white, with strong outlines</source>
        <translation>black on white, with strong outlines</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="214"/>
        <source>block: {name}</source>
        <translation>block: {name}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <location filename="../../junior_planner/services/report.py" line="192"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="240"/>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="27"/>
        <source>blocks per cell</source>
        <translation>blocks per cell</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="97"/>
        <source>budget units each proposal may spend</source>
        <translation>budget units each proposal may spend</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="106"/>
        <source>budget units each proposal may spend, or &apos;none&apos;</source>
        <translation>budget units each proposal may spend, or &apos;none&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="199"/>
        <source>buildings</source>
        <translation>buildings</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="185"/>
        <source>bundles (.jpbundle) to open</source>
        <translation>bundles (.jpbundle) to open</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="180"/>
        <location filename="../../junior_planner/cli.py" line="237"/>
        <source>bundles (.jpbundle) to publish</source>
        <translation>bundles (.jpbundle) to publish</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="189"/>
        <source>bundles (.jpbundle) to report on</source>
        <translation>bundles (.jpbundle) to report on</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="78"/>
        <source>bundles published</source>
        <translation>bundles published</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="245"/>
        <source>by {code} (ages {band})</source>
        <translation>by {code} (ages {band})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="125"/>
        <source>cannot create an OpenGL context on this display</source>
        <translation>cannot create an OpenGL context on this display</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="121"/>
        <source>cannot draw here: {reason}</source>
        <translation>cannot draw here: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="281"/>
        <source>cannot encode the picture as PNG</source>
        <translation>cannot encode the picture as PNG</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="40"/>
        <source>cannot reach the archive&apos;s database: {reason}</source>
        <translation>cannot reach the archive&apos;s database: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="48"/>
        <source>cannot reach the display {display}; is the X server running?</source>
        <translation>cannot reach the display {display}; is the X server running?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="33"/>
        <location filename="../../junior_planner/services/indicators.py" line="87"/>
        <location filename="../../junior_planner/services/review.py" line="306"/>
        <location filename="../../junior_planner/services/sites.py" line="268"/>
        <source>cannot read {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="120"/>
        <location filename="../../junior_planner/commands/proposals.py" line="263"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="137"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="157"/>
        <source>cannot write {path}</source>
        <translation>cannot write {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="91"/>
        <location filename="../../junior_planner/commands/proposals.py" line="104"/>
        <location filename="../../junior_planner/commands/proposals.py" line="231"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="115"/>
        <location filename="../../junior_planner/services/bundle.py" line="174"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>cannot write {path}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="170"/>
        <location filename="../../junior_planner/commands/proposals.py" line="185"/>
        <location filename="../../junior_planner/commands/proposals.py" line="261"/>
        <location filename="../../junior_planner/services/bundle.py" line="289"/>
        <source>cannot write {path}: {reason}</source>
        <translation>cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="210"/>
        <source>category: {name}</source>
        <translation>category: {name}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="246"/>
        <source>cell size in metres (default 100)</source>
        <translation>cell size in metres (default 100)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="103"/>
        <source>change a workshop&apos;s settings (only the ones given)</source>
        <translation>change a workshop&apos;s settings (only the ones given)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="169"/>
        <source>check a bundle: schema, checksums and references</source>
        <translation>check a bundle: schema, checksums and references</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="235"/>
        <source>check bundles and add them to the archive, each in one transaction (publishing one twice changes nothing)</source>
        <translation>check bundles and add them to the archive, each in one transaction (publishing one twice changes nothing)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="72"/>
        <source>choose at least one block for the children</source>
        <translation>choose at least one block for the children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="84"/>
        <source>choose at least one language</source>
        <translation>choose at least one language</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="202"/>
        <source>city objects</source>
        <translation>city objects</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="38"/>
        <source>clean toilets</source>
        <translation>clean toilets</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="316"/>
        <source>contains a long number (a phone number?)</source>
        <translation>contains a long number (a phone number?)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="24"/>
        <source>coordinate system</source>
        <translation>coordinate system</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="209"/>
        <source>coordinate system {crs}; site origin at easting {e:.2f}, northing {n:.2f}, height {h:.2f} m</source>
        <translation>coordinate system {crs}; site origin at easting {e:.2f}, northing {n:.2f}, height {h:.2f} m</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>could not open {path} ({detail}); check that the disk has space and try again</source>
        <translation>could not open {path} ({detail}); check that the disk has space and try again</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="42"/>
        <source>could not read {path} ({detail})</source>
        <translation>could not read {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>could not save to {path} ({detail}); nothing of that edit was kept</source>
        <translation>could not save to {path} ({detail}); nothing of that edit was kept</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="94"/>
        <source>create a workshop and print its id</source>
        <translation>create a workshop and print its id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="91"/>
        <source>create or list workshops, or set a workshop&apos;s PIN</source>
        <translation>create or list workshops, or set a workshop&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="233"/>
        <source>create the archive&apos;s tables, views and roles, or bring them up to date (run as the archive&apos;s owner); prints the grants it applied</source>
        <translation>create the archive&apos;s tables, views and roles, or bring them up to date (run as the archive&apos;s owner); prints the grants it applied</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="79"/>
        <source>database size</source>
        <translation>database size</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="83"/>
        <source>degrees the site&apos;s local x axis is turned counter-clockwise from the CRS&apos;s east</source>
        <translation>degrees the site&apos;s local x axis is turned counter-clockwise from the CRS&apos;s east</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="285"/>
        <source>delete a child&apos;s or a workshop&apos;s data everywhere on this computer</source>
        <translation>delete a child&apos;s or a workshop&apos;s data everywhere on this computer</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="36"/>
        <source>delete a letter</source>
        <translation>delete a letter</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="290"/>
        <source>delete a workshop and everything in it</source>
        <translation>delete a workshop and everything in it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="288"/>
        <source>delete one child&apos;s data: their name, notes, voice notes, their own designs</source>
        <translation>delete one child&apos;s data: their name, notes, voice notes, their own designs</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="238"/>
        <source>delete the workshops past their keep-until date from the archive (run it daily); prints what was deleted</source>
        <translation>delete the workshops past their keep-until date from the archive (run it daily); prints what was deleted</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="294"/>
        <source>delete the workshops whose keep-until date has passed; prints what was deleted</source>
        <translation>delete the workshops whose keep-until date has passed; prints what was deleted</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="147"/>
        <source>deleting the workshop &apos;{title}&apos; cannot be undone; add --yes to do it</source>
        <translation>deleting the workshop &apos;{title}&apos; cannot be undone; add --yes to do it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="89"/>
        <source>design name</source>
        <translation>design name</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="282"/>
        <source>did the guardian consent?</source>
        <translation>did the guardian consent?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="168"/>
        <source>do not draw pictures of the proposals</source>
        <translation>do not draw pictures of the proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="72"/>
        <source>does not apply here</source>
        <translation>does not apply here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="164"/>
        <source>done: every checksum verified</source>
        <translation>done: every checksum verified</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="53"/>
        <source>each line must be a JSON object</source>
        <translation>each line must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="130"/>
        <source>each line needs an &apos;op&apos;</source>
        <translation>each line needs an &apos;op&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="136"/>
        <source>exporting: {done} of {total}</source>
        <translation>exporting: {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="213"/>
        <source>extent {w:.0f} x {d:.0f} m, up to {h:.1f} m high</source>
        <translation>extent {w:.0f} x {d:.0f} m, up to {h:.1f} m high</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="14"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="94"/>
        <source>for example: Our school gate</source>
        <translation>for example: Our school gate</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="36"/>
        <source>for little kids</source>
        <translation>for little kids</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="205"/>
        <source>found: {list}</source>
        <translation>found: {list}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="126"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="59"/>
        <source>give --pseudonym and --age-band together</source>
        <translation>give --pseudonym and --age-band together</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="161"/>
        <source>give at least 4 characters of the participant id</source>
        <translation>give at least 4 characters of the participant id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="51"/>
        <source>give at least 4 characters of the proposal id</source>
        <translation>give at least 4 characters of the proposal id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="45"/>
        <source>give at least 4 characters of the workshop id</source>
        <translation>give at least 4 characters of the workshop id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="34"/>
        <source>give either bundles or --db, not both</source>
        <translation>give either bundles or --db, not both</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="35"/>
        <source>give the archive&apos;s database with --db (a libpq connection string or URL, e.g. postgresql://planner@gis.example/city or service=city-archive)</source>
        <translation>give the archive&apos;s database with --db (a libpq connection string or URL, e.g. postgresql://planner@gis.example/city or service=city-archive)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="244"/>
        <source>give the bundles to report on, or --db for the city archive</source>
        <translation>give the bundles to report on, or --db for the city archive</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="201"/>
        <source>green areas</source>
        <translation>green areas</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="204"/>
        <source>ground surfaces</source>
        <translation>ground surfaces</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="117"/>
        <source>guardians consented for every child (give the notice version); &apos;none&apos;: without recorded consent, kiosk work is deleted when the child finishes or leaves</source>
        <translation>guardians consented for every child (give the notice version); &apos;none&apos;: without recorded consent, kiosk work is deleted when the child finishes or leaves</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="134"/>
        <source>heights and rotation must be finite numbers (default height 0-1000 m, storey 0-20 m)</source>
        <translation>heights and rotation must be finite numbers (default height 0-1000 m, storey 0-20 m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="113"/>
        <source>how finely the 3D view draws the site: low for an old computer without a 3D graphics card (&apos;junior-planner doctor&apos; suggests one)</source>
        <translation>how finely the 3D view draws the site: low for an old computer without a 3D graphics card (&apos;junior-planner doctor&apos; suggests one)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="48"/>
        <source>import a site from GIS or 3D files: GeoJSON, ESRI Shapefile (.shp, a folder or a .zip), GeoPackage, OpenStreetMap (.osm, .pbf), CityJSON (.city.json, .city.jsonl), glTF (.glb, .gltf with its files, or a .zip), OBJ (with its .mtl), PLY, STL, OFF; prints the new site id, and a summary on stderr</source>
        <translation>import a site from GIS or 3D files: GeoJSON, ESRI Shapefile (.shp, a folder or a .zip), GeoPackage, OpenStreetMap (.osm, .pbf), CityJSON (.city.json, .city.jsonl), glTF (.glb, .gltf with its files, or a .zip), OBJ (with its .mtl), PLY, STL, OFF; prints the new site id, and a summary on stderr</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="44"/>
        <source>import a site of your own</source>
        <translation>import a site of your own</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="71"/>
        <source>imported into workshop {workshop}: {added} new proposals, {versions} kept as second versions, {unchanged} already here</source>
        <translation>imported into workshop {workshop}: {added} new proposals, {versions} kept as second versions, {unchanged} already here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>in words</source>
        <translation>in words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="167"/>
        <source>include every proposal&apos;s edit history</source>
        <translation>include every proposal&apos;s edit history</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="166"/>
        <source>include the voice notes (left out by default)</source>
        <translation>include the voice notes (left out by default)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="173"/>
        <source>is this computer ready for a workshop? reports the 3D drawing, measures the demo site&apos;s frame time and suggests a detail level (needs a display, or xvfb-run)</source>
        <translation>is this computer ready for a workshop? reports the 3D drawing, measures the demo site&apos;s frame time and suggests a detail level (needs a display, or xvfb-run)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="254"/>
        <source>language of messages and windows</source>
        <translation>language of messages and windows</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="78"/>
        <source>last published</source>
        <translation>last published</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="179"/>
        <source>leave empty to keep the PIN</source>
        <translation>leave empty to keep the PIN</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="193"/>
        <source>leave out the page per proposal</source>
        <translation>leave out the page per proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="14"/>
        <source>left unfinished</source>
        <translation>left unfinished</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="315"/>
        <source>left, red: worried or not safe; right, green: love, like or an idea (notes within a few metres)</source>
        <translation>left, red: worried or not safe; right, green: love, like or an idea (notes within a few metres)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/strip.py" line="124"/>
        <source>less than before</source>
        <translation>less than before</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="33"/>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="274"/>
        <source>list a workshop&apos;s children or record a guardian&apos;s consent</source>
        <translation>list a workshop&apos;s children or record a guardian&apos;s consent</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="128"/>
        <source>list proposals</source>
        <translation>list proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="88"/>
        <source>list the block catalog, in English and Chinese</source>
        <translation>list the block catalog, in English and Chinese</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="277"/>
        <source>list the children of a workshop with their consent</source>
        <translation>list the children of a workshop with their consent</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="42"/>
        <source>list the sites, in English and Chinese</source>
        <translation>list the sites, in English and Chinese</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="101"/>
        <source>list workshops</source>
        <translation>list workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="126"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="198"/>
        <source>make a one-page &quot;My design&quot; PDF (A4) of a proposal for the children to take home (needs a display, or xvfb-run)</source>
        <translation>make a one-page &quot;My design&quot; PDF (A4) of a proposal for the children to take home (needs a display, or xvfb-run)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="177"/>
        <source>make a static web site from workshop bundles for a city&apos;s website: only proposals with consent, no voice notes, personal-looking words removed</source>
        <translation>make a static web site from workshop bundles for a city&apos;s website: only proposals with consent, no voice notes, personal-looking words removed</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="124"/>
        <source>make buttons and text bigger or smaller (0.75 to 2)</source>
        <translation>make buttons and text bigger or smaller (0.75 to 2)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="109"/>
        <source>may children record voice notes (only with consent covering audio)</source>
        <translation>may children record voice notes (only with consent covering audio)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="38"/>
        <source>meet friends</source>
        <translation>meet friends</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="313"/>
        <source>mentions &apos;{name}&apos;</source>
        <translation>mentions &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="171"/>
        <source>merge another kiosk&apos;s bundle into this store (all or nothing)</source>
        <translation>merge another kiosk&apos;s bundle into this store (all or nothing)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="135"/>
        <source>metres east</source>
        <translation>metres east</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="136"/>
        <source>metres north</source>
        <translation>metres north</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="71"/>
        <source>metres per storey, for heights given in levels (default: 3 m)</source>
        <translation>metres per storey, for heights given in levels (default: 3 m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="108"/>
        <source>minutes before an idle kiosk starts over</source>
        <translation>minutes before an idle kiosk starts over</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="37"/>
        <source>more green</source>
        <translation>more green</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="36"/>
        <source>more light</source>
        <translation>more light</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="35"/>
        <source>more shade</source>
        <translation>more shade</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/strip.py" line="124"/>
        <source>more than before</source>
        <translation>more than before</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="118"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="86"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="90"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="212"/>
        <source>no coordinate system: the site has local coordinates only (set one with &apos;junior-planner site georef&apos;)</source>
        <translation>no coordinate system: the site has local coordinates only (set one with &apos;junior-planner site georef&apos;)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="152"/>
        <source>no pictures were asked for</source>
        <translation>no pictures were asked for</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="106"/>
        <source>no pictures: the site is not installed here</source>
        <translation>no pictures: the site is not installed here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="151"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="120"/>
        <source>no pictures: {reason}</source>
        <translation>no pictures: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="152"/>
        <source>no proposals to draw</source>
        <translation>no proposals to draw</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="196"/>
        <location filename="../../junior_planner/services/indicators.py" line="279"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="289"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="126"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="262"/>
        <source>north is up</source>
        <translation>north is up</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="49"/>
        <source>not valid JSON ({detail})</source>
        <translation>not valid JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/redaction.py" line="89"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="163"/>
        <source>note: {note}</source>
        <translation>note: {note}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <location filename="../../junior_planner/services/report.py" line="196"/>
        <location filename="../../junior_planner/ui/review/patterns.py" line="241"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="328"/>
        <source>notes with a sticker, within a few metres</source>
        <translation>notes with a sticker, within a few metres</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/details.py" line="56"/>
        <source>on the {block}</source>
        <translation>on the {block}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="318"/>
        <source>only in the undo history</source>
        <translation>only in the undo history</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="212"/>
        <source>only the kind &apos;budget_used&apos; uses &apos;captions_no_target&apos;</source>
        <translation>only the kind &apos;budget_used&apos; uses &apos;captions_no_target&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="216"/>
        <source>only the kind &apos;count_near_features&apos; uses &apos;captions_not_applicable&apos;</source>
        <translation>only the kind &apos;count_near_features&apos; uses &apos;captions_not_applicable&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="98"/>
        <source>only these block types (default: all)</source>
        <translation>only these block types (default: all)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="107"/>
        <source>only these block types, or &apos;all&apos;</source>
        <translation>only these block types, or &apos;all&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="129"/>
        <source>only this workshop&apos;s proposals</source>
        <translation>only this workshop&apos;s proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="145"/>
        <source>open the 3D editor in a window on a new or existing draft proposal (for facilitators and trying things out); prints the proposal id</source>
        <translation>open the 3D editor in a window on a new or existing draft proposal (for facilitators and trying things out); prints the proposal id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="38"/>
        <source>open the app on the bundled demo workshop (prepared on first use)</source>
        <translation>open the app on the bundled demo workshop (prepared on first use)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="210"/>
        <source>open the city archive instead of bundles: its PostgreSQL database as a libpq connection string or URL without a password (the password comes from ~/.pgpass, PGPASSFILE or the service file); with no bundles given, $JUNIOR_PLANNER_ARCHIVE is used</source>
        <translation>open the city archive instead of bundles: its PostgreSQL database as a libpq connection string or URL without a password (the password comes from ~/.pgpass, PGPASSFILE or the service file); with no bundles given, $JUNIOR_PLANNER_ARCHIVE is used</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>open the planners&apos; review window on workshop bundles (drop more on it), or on the city archive with --db</source>
        <translation>open the planners&apos; review window on workshop bundles (drop more on it), or on the city archive with --db</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="256"/>
        <source>open the window, save a picture of it and quit</source>
        <translation>open the window, save a picture of it and quit</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="147"/>
        <source>open this proposal instead of starting a new one</source>
        <translation>open this proposal instead of starting a new one</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="120"/>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="281"/>
        <location filename="../../junior_planner/cli.py" line="289"/>
        <source>participant id (or its first characters)</source>
        <translation>participant id (or its first characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="200"/>
        <source>paths</source>
        <translation>paths</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="159"/>
        <source>picture size in pixels (default: 1280x800)</source>
        <translation>picture size in pixels (default: 1280x800)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="149"/>
        <source>pictures drawn from above and at a child&apos;s eye height</source>
        <translation>pictures drawn from above and at a child&apos;s eye height</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="39"/>
        <source>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</source>
        <translation>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="389"/>
        <location filename="../../junior_planner/ui/facilitator/exporting.py" line="43"/>
        <source>pictures were not asked for</source>
        <translation>pictures were not asked for</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="152"/>
        <source>pictures were not asked for (--no-snapshots)</source>
        <translation>pictures were not asked for (--no-snapshots)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="75"/>
        <source>place an imported site on the earth: where its local origin stands in a projected coordinate system</source>
        <translation>place an imported site on the earth: where its local origin stands in a projected coordinate system</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="37"/>
        <source>play together</source>
        <translation>play together</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="87"/>
        <source>polygons where children may build</source>
        <translation>polygons where children may build</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="40"/>
        <source>prepare the demo data only</source>
        <translation>prepare the demo data only</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="135"/>
        <source>print &apos;done N&apos; on stderr after each committed line</source>
        <translation>print &apos;done N&apos; on stderr after each committed line</translation>
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
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="137"/>
        <source>print a proposal as JSON (the export&apos;s shape)</source>
        <translation>print a proposal as JSON (the export&apos;s shape)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="140"/>
        <source>print a proposal&apos;s child-friendly indicators (play area, green, shade, seats, safety, budget...)</source>
        <translation>print a proposal&apos;s child-friendly indicators (play area, green, shade, seats, safety, budget...)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="67"/>
        <source>proposal &apos;{id}&apos; belongs to another workshop</source>
        <translation>proposal &apos;{id}&apos; belongs to another workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="138"/>
        <location filename="../../junior_planner/cli.py" line="141"/>
        <location filename="../../junior_planner/cli.py" line="154"/>
        <location filename="../../junior_planner/cli.py" line="200"/>
        <source>proposal id (or its first characters)</source>
        <translation>proposal id (or its first characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>proposals</source>
        <translation>proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="27"/>
        <source>proposals per cell (fair: a proposal counts once)</source>
        <translation>proposals per cell (fair: a proposal counts once)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="117"/>
        <source>pseudonym</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="149"/>
        <source>published {workshops} to {path}: {proposals}; left out {left} without consent and {words} that looked personal</source>
        <translation>published {workshops} to {path}: {proposals}; left out {left} without consent and {words} that looked personal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="240"/>
        <source>purge as on this day (default: today)</source>
        <translation>purge as on this day (default: today)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="110"/>
        <source>read each kiosk screen aloud when it opens (the speaker buttons always work)</source>
        <translation>read each kiosk screen aloud when it opens (the speaker buttons always work)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="292"/>
        <source>really delete (required)</source>
        <translation>really delete (required)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="280"/>
        <source>record a guardian&apos;s consent (yes or no) for one child</source>
        <translation>record a guardian&apos;s consent (yes or no) for one child</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="74"/>
        <source>refuse models with more triangles than this (default: {default:,})</source>
        <translation>refuse models with more triangles than this (default: {default:,})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="199"/>
        <source>roads</source>
        <translation>roads</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="35"/>
        <source>safe crossing</source>
        <translation>safe crossing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="153"/>
        <source>save a picture of a proposal on its site (needs a display, or xvfb-run)</source>
        <translation>save a picture of a proposal on its site (needs a display, or xvfb-run)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="48"/>
        <source>say &apos;archive init&apos;, &apos;archive publish&apos;, &apos;archive purge&apos;, &apos;archive status&apos; or &apos;archive heatmap&apos;</source>
        <translation>say &apos;archive init&apos;, &apos;archive publish&apos;, &apos;archive purge&apos;, &apos;archive status&apos; or &apos;archive heatmap&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="135"/>
        <source>say &apos;delete participant ID&apos; or &apos;delete workshop ID --yes&apos;</source>
        <translation>say &apos;delete participant ID&apos; or &apos;delete workshop ID --yes&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="107"/>
        <source>say &apos;participant list --workshop ID&apos; or &apos;participant consent ID yes|no&apos;</source>
        <translation>say &apos;participant list --workshop ID&apos; or &apos;participant consent ID yes|no&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="34"/>
        <source>say &apos;site import FILE&apos;, &apos;site area SITE_ID FILE&apos; or &apos;site georef SITE_ID --crs EPSG:n --origin E N&apos;</source>
        <translation>say &apos;site import FILE&apos;, &apos;site area SITE_ID FILE&apos; or &apos;site georef SITE_ID --crs EPSG:n --origin E N&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="19"/>
        <source>say &apos;workshop new&apos;, &apos;workshop edit&apos;, &apos;workshop list&apos; or &apos;workshop pin&apos;</source>
        <translation>say &apos;workshop new&apos;, &apos;workshop edit&apos;, &apos;workshop list&apos; or &apos;workshop pin&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="97"/>
        <source>say what to change, for example --title or --keep-until (see --help)</source>
        <translation>say what to change, for example --title or --keep-until (see --help)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="151"/>
        <source>say where to write: --out FILE.jpbundle, --web FOLDER, or both</source>
        <translation>say where to write: --out FILE.jpbundle, --web FOLDER, or both</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="76"/>
        <source>schema version</source>
        <translation>schema version</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="78"/>
        <source>search titles and children&apos;s words</source>
        <translation>search titles and children&apos;s words</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="24"/>
        <source>see --help</source>
        <translation>see --help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="38"/>
        <source>set a facilitator PIN first: junior-planner workshop pin {id}</source>
        <translation>set a facilitator PIN first: junior-planner workshop pin {id}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="84"/>
        <source>set an imported site&apos;s buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</source>
        <translation>set an imported site&apos;s buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="99"/>
        <source>set the facilitator PIN that closes the kiosk (read from standard input)</source>
        <translation>set the facilitator PIN that closes the kiosk (read from standard input)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="194"/>
        <source>show a workshop&apos;s finished designs one by one, full screen, for a projector (arrow keys or the big buttons move on; Escape leaves)</source>
        <translation>show a workshop&apos;s finished designs one by one, full screen, for a projector (arrow keys or the big buttons move on; Escape leaves)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="127"/>
        <location filename="../../junior_planner/cli.py" line="151"/>
        <source>show how long each 3D frame takes, top right (for facilitators checking a computer)</source>
        <translation>show how long each 3D frame takes, top right (for facilitators checking a computer)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="47"/>
        <source>since {day}</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="99"/>
        <source>site &apos;{site}&apos;: {reason}</source>
        <translation>site &apos;{site}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="95"/>
        <source>site id (see &apos;junior-planner sites&apos;)</source>
        <translation>site id (see &apos;junior-planner sites&apos;)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="45"/>
        <source>site {site}</source>
        <translation>site {site}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="76"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="70"/>
        <source>size (m)</source>
        <translation>size (m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="24"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="31"/>
        <location filename="../../junior_planner/ui/kiosk/keyboard.py" line="32"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="37"/>
        <source>sports</source>
        <translation>sports</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="39"/>
        <source>start the demo data again from scratch</source>
        <translation>start the demo data again from scratch</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="29"/>
        <source>that block is not in this proposal</source>
        <translation>that block is not in this proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="19"/>
        <source>that blocks a path</source>
        <translation>that blocks a path</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="20"/>
        <source>that ground cannot be built on</source>
        <translation>that ground cannot be built on</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="31"/>
        <source>that id is already used</source>
        <translation>that id is already used</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="16"/>
        <source>that is in the water</source>
        <translation>that is in the water</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="17"/>
        <source>that is on a building</source>
        <translation>that is on a building</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="15"/>
        <source>that is on the road</source>
        <translation>that is on the road</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="14"/>
        <source>that is outside the site</source>
        <translation>that is outside the site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="21"/>
        <source>that is too close to another block</source>
        <translation>that is too close to another block</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="30"/>
        <source>that note is not in this proposal</source>
        <translation>that note is not in this proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="22"/>
        <source>that size is not allowed for this block (from {min} to {max})</source>
        <translation>that size is not allowed for this block (from {min} to {max})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="23"/>
        <source>that would go over the budget ({needed} of {budget})</source>
        <translation>that would go over the budget ({needed} of {budget})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="38"/>
        <source>the --db value holds a password; put the password in ~/.pgpass (or the file PGPASSFILE names) or a pg_service.conf service instead, not on the command line</source>
        <translation>the --db value holds a password; put the password in ~/.pgpass (or the file PGPASSFILE names) or a pg_service.conf service instead, not on the command line</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="37"/>
        <source>the --db value is not a libpq connection string or postgresql:// URL</source>
        <translation>the --db value is not a libpq connection string or postgresql:// URL</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="55"/>
        <source>the 3D model of the site could not be read.</source>
        <translation>the 3D model of the site could not be read.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="51"/>
        <location filename="../../junior_planner/services/replay.py" line="55"/>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="62"/>
        <source>the age band must be one of {bands}</source>
        <translation>the age band must be one of {bands}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="241"/>
        <source>the archive has no proposals in {scope}</source>
        <translation>the archive has no proposals in {scope}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="44"/>
        <source>the archive&apos;s schema is version {version}, newer than this program knows; update Junior Planner</source>
        <translation>the archive&apos;s schema is version {version}, newer than this program knows; update Junior Planner</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="42"/>
        <source>the archive&apos;s schema is version {version}; run &apos;junior-planner archive init&apos; to bring it up to date</source>
        <translation>the archive&apos;s schema is version {version}; run &apos;junior-planner archive init&apos; to bring it up to date</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="273"/>
        <source>the area in {path} cannot be used: {reason}</source>
        <translation>the area in {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="265"/>
        <location filename="../../junior_planner/services/data_rights.py" line="62"/>
        <location filename="../../junior_planner/services/data_rights.py" line="64"/>
        <source>the budget must be a positive number</source>
        <translation>the budget must be a positive number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="206"/>
        <source>the budget&apos;s target is the workshop&apos;s budget: remove &apos;target&apos;</source>
        <translation>the budget&apos;s target is the workshop&apos;s budget: remove &apos;target&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="346"/>
        <source>the bundle has no pictures and none could be drawn here</source>
        <translation>the bundle has no pictures and none could be drawn here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="170"/>
        <source>the bundle to check</source>
        <translation>the bundle to check</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="172"/>
        <source>the bundle to import</source>
        <translation>the bundle to import</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="283"/>
        <source>the caption needs the placeholder {{value}}</source>
        <translation>the caption needs the placeholder {{value}}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="149"/>
        <source>the child&apos;s age band, with --pseudonym</source>
        <translation>the child&apos;s age band, with --pseudonym</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="148"/>
        <source>the child&apos;s pseudonym for a new proposal</source>
        <translation>the child&apos;s pseudonym for a new proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="120"/>
        <source>the children&apos;s kiosk for a workshop, full screen; exits with 0 only when a facilitator closes it with the PIN</source>
        <translation>the children&apos;s kiosk for a workshop, full screen; exits with 0 only when a facilitator closes it with the PIN</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="224"/>
        <source>the city archive in PostgreSQL + PostGIS: set it up, publish bundles, purge, status, city-wide heatmap</source>
        <translation>the city archive in PostgreSQL + PostGIS: set it up, publish bundles, purge, status, city-wide heatmap</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="207"/>
        <source>the city archive&apos;s PostgreSQL database: a libpq connection string or URL without a password (postgresql://user@host/db, service=NAME; the password comes from ~/.pgpass, PGPASSFILE or the service file); default $JUNIOR_PLANNER_ARCHIVE</source>
        <translation>the city archive&apos;s PostgreSQL database: a libpq connection string or URL without a password (postgresql://user@host/db, service=NAME; the password comes from ~/.pgpass, PGPASSFILE or the service file); default $JUNIOR_PLANNER_ARCHIVE</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="57"/>
        <source>the coordinate system the file&apos;s coordinates are in, when the file does not say or says it wrongly</source>
        <translation>the coordinate system the file&apos;s coordinates are in, when the file does not say or says it wrongly</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="37"/>
        <source>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</source>
        <translation>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>the database {path} was made by a newer Junior Planner; please update this one</source>
        <translation>the database {path} was made by a newer Junior Planner; please update this one</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="115"/>
        <source>the date after which the workshop&apos;s data is deleted, or &apos;none&apos;</source>
        <translation>the date after which the workshop&apos;s data is deleted, or &apos;none&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="134"/>
        <source>the edit script, or - for standard input</source>
        <translation>the edit script, or - for standard input</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="60"/>
        <source>the file web/app.js is missing or damaged. Unzip the whole bundle and open index.html again.</source>
        <translation>the file web/app.js is missing or damaged. Unzip the whole bundle and open index.html again.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="53"/>
        <source>the file web/data.js is missing or damaged. Unzip the whole bundle and open index.html again.</source>
        <translation>the file web/data.js is missing or damaged. Unzip the whole bundle and open index.html again.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="54"/>
        <source>the file web/three.min.js is missing or damaged. Unzip the whole bundle and open index.html again.</source>
        <translation>the file web/three.min.js is missing or damaged. Unzip the whole bundle and open index.html again.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="51"/>
        <source>the file, folder or zip to import</source>
        <translation>the file, folder or zip to import</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="69"/>
        <source>the height of buildings whose file gives none (default: 9 m)</source>
        <translation>the height of buildings whose file gives none (default: 9 m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="81"/>
        <source>the height of the site&apos;s local z = 0 (m)</source>
        <translation>the height of the site&apos;s local z = 0 (m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="119"/>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>the id &apos;{id}&apos; is used twice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="78"/>
        <source>the idle time must be a whole number of seconds</source>
        <translation>the idle time must be a whole number of seconds</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="80"/>
        <source>the idle time must be between {low} seconds and {high} minutes</source>
        <translation>the idle time must be between {low} seconds and {high} minutes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="77"/>
        <location filename="../../junior_planner/cli.py" line="86"/>
        <source>the imported site</source>
        <translation>the imported site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="100"/>
        <source>the keep-until date {date} has already passed</source>
        <translation>the keep-until date {date} has already passed</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="249"/>
        <source>the key &apos;{key}&apos; appears twice</source>
        <translation>the key &apos;{key}&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="210"/>
        <source>the kind &apos;budget_used&apos; needs &apos;captions_no_target&apos; (for workshops without a budget)</source>
        <translation>the kind &apos;budget_used&apos; needs &apos;captions_no_target&apos; (for workshops without a budget)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="214"/>
        <source>the kind &apos;count_near_features&apos; needs &apos;captions_not_applicable&apos; (for sites without those features)</source>
        <translation>the kind &apos;count_near_features&apos; needs &apos;captions_not_applicable&apos; (for sites without those features)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="197"/>
        <source>the kind &apos;{kind}&apos; has no parameter &apos;{param}&apos; (its parameters: {known})</source>
        <translation>the kind &apos;{kind}&apos; has no parameter &apos;{param}&apos; (its parameters: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="248"/>
        <source>the kind &apos;{kind}&apos; needs an area tag (one ending in _m2), not &apos;{tag}&apos;</source>
        <translation>the kind &apos;{kind}&apos; needs an area tag (one ending in _m2), not &apos;{tag}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="193"/>
        <source>the kind &apos;{kind}&apos; needs the parameter &apos;{param}&apos;</source>
        <translation>the kind &apos;{kind}&apos; needs the parameter &apos;{param}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="110"/>
        <source>the line is longer than {limit} bytes</source>
        <translation>the line is longer than {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="45"/>
        <source>the line is not UTF-8 text</source>
        <translation>the line is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="245"/>
        <source>the origin lies outside {crs}</source>
        <translation>the origin lies outside {crs}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="235"/>
        <source>the origin, height and rotation must be finite numbers</source>
        <translation>the origin, height and rotation must be finite numbers</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="263"/>
        <source>the parameter &apos;distance_m&apos; must be a number of metres greater than 0</source>
        <translation>the parameter &apos;distance_m&apos; must be a number of metres greater than 0</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="260"/>
        <source>the parameter &apos;feature_kinds&apos; must be a list of one or more feature kinds such as &apos;school-gate&apos;</source>
        <translation>the parameter &apos;feature_kinds&apos; must be a list of one or more feature kinds such as &apos;school-gate&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="244"/>
        <source>the parameter &apos;tag&apos; must be one tag name</source>
        <translation>the parameter &apos;tag&apos; must be one tag name</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="251"/>
        <source>the parameter &apos;tags&apos; must be a list of one or more tag names</source>
        <translation>the parameter &apos;tags&apos; must be a list of one or more tag names</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="78"/>
        <source>the projected coordinate system, e.g. EPSG:4549</source>
        <translation>the projected coordinate system, e.g. EPSG:4549</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="154"/>
        <source>the proposal &apos;{title}&apos; is no longer in the archive</source>
        <translation>the proposal &apos;{title}&apos; is no longer in the archive</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="192"/>
        <source>the report&apos;s title</source>
        <translation>the report&apos;s title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="123"/>
        <source>the script has no edits (it must start with a &apos;join&apos; line)</source>
        <translation>the script has no edits (it must start with a &apos;join&apos; line)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="135"/>
        <source>the script must start with a &apos;join&apos; line</source>
        <translation>the script must start with a &apos;join&apos; line</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="65"/>
        <location filename="../../junior_planner/commands/proposals.py" line="111"/>
        <location filename="../../junior_planner/render/printing/sheet.py" line="120"/>
        <location filename="../../junior_planner/services/bundle.py" line="177"/>
        <location filename="../../junior_planner/services/workshops.py" line="98"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="309"/>
        <source>the site &apos;{site}&apos; of this workshop is not installed here</source>
        <translation>the site &apos;{site}&apos; of this workshop is not installed here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="59"/>
        <source>the site has no coordinate system</source>
        <translation>the site has no coordinate system</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="87"/>
        <source>the site has no origin (lon, lat)</source>
        <translation>the site has no origin (lon, lat)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="29"/>
        <source>the site&apos;s coordinate system &apos;{crs}&apos; is not an EPSG code</source>
        <translation>the site&apos;s coordinate system &apos;{crs}&apos; is not an EPSG code</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="63"/>
        <source>the site&apos;s coordinate system &apos;{crs}&apos; is not known here</source>
        <translation>the site&apos;s coordinate system &apos;{crs}&apos; is not known here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="52"/>
        <source>the site&apos;s name (default: the file name)</source>
        <translation>the site&apos;s name (default: the file name)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="89"/>
        <source>the site&apos;s origin is not a valid lon/lat</source>
        <translation>the site&apos;s origin is not a valid lon/lat</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="76"/>
        <location filename="../../junior_planner/exchange/geo.py" line="81"/>
        <source>the site&apos;s origin is not a valid position</source>
        <translation>the site&apos;s origin is not a valid position</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="92"/>
        <source>the site&apos;s origin lies outside {crs}</source>
        <translation>the site&apos;s origin lies outside {crs}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="53"/>
        <source>the site&apos;s projected coordinate system, e.g. EPSG:4549 (default: the file&apos;s own when it is in metres, else the CGCS2000 Gauss-Krüger zone in China or the UTM zone elsewhere); for a file without coordinates of its own, the system of --origin</source>
        <translation>the site&apos;s projected coordinate system, e.g. EPSG:4549 (default: the file&apos;s own when it is in metres, else the CGCS2000 Gauss-Krüger zone in China or the UTM zone elsewhere); for a file without coordinates of its own, the system of --origin</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="90"/>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="283"/>
        <source>the version of the notice the guardian was given</source>
        <translation>the version of the notice the guardian was given</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="227"/>
        <source>the voice note {sha} of proposal {id} is missing or damaged in the media folder</source>
        <translation>the voice note {sha} of proposal {id} is missing or damaged in the media folder</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive_review.py" line="50"/>
        <source>the whole city</source>
        <translation>the whole city</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="287"/>
        <source>the whole proposal</source>
        <translation>the whole proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="28"/>
        <source>the words are too long (at most {limit} characters)</source>
        <translation>the words are too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="204"/>
        <source>the workshop {id} is in two of these bundles; give each workshop once</source>
        <translation>the workshop {id} is in two of these bundles; give each workshop once</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="96"/>
        <location filename="../../junior_planner/cli.py" line="105"/>
        <source>the workshop&apos;s title</source>
        <translation>the workshop&apos;s title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="159"/>
        <source>there is no block &apos;{name}&apos; in this proposal</source>
        <translation>there is no block &apos;{name}&apos; in this proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="70"/>
        <location filename="../../junior_planner/services/messages.py" line="10"/>
        <source>there is no block type &apos;{block}&apos;</source>
        <translation>there is no block type &apos;{block}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="53"/>
        <source>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</source>
        <translation>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="181"/>
        <location filename="../../junior_planner/commands/proposals.py" line="248"/>
        <location filename="../../junior_planner/commands/windows.py" line="106"/>
        <location filename="../../junior_planner/services/archive.py" line="281"/>
        <source>there is no file {path}</source>
        <translation>there is no file {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="233"/>
        <location filename="../../junior_planner/services/sites.py" line="261"/>
        <source>there is no imported site &apos;{site}&apos;</source>
        <translation>there is no imported site &apos;{site}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="164"/>
        <location filename="../../junior_planner/services/data_rights.py" line="180"/>
        <location filename="../../junior_planner/services/data_rights.py" line="213"/>
        <location filename="../../junior_planner/services/data_rights.py" line="228"/>
        <source>there is no participant &apos;{id}&apos;</source>
        <translation>there is no participant &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="51"/>
        <source>there is no proposal &apos;{id}&apos;</source>
        <translation>there is no proposal &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="92"/>
        <source>there is no reason chip &apos;{reason}&apos;</source>
        <translation>there is no reason chip &apos;{reason}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="26"/>
        <source>there is no reason chip &apos;{reason}&apos; in this workshop</source>
        <translation>there is no reason chip &apos;{reason}&apos; in this workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="116"/>
        <source>there is no site &apos;{site}&apos; (known sites: {known})</source>
        <translation>there is no site &apos;{site}&apos; (known sites: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="25"/>
        <source>there is no sticker &apos;{sticker}&apos;</source>
        <translation>there is no sticker &apos;{sticker}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/data_rights.py" line="247"/>
        <location filename="../../junior_planner/services/workshops.py" line="45"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="166"/>
        <source>there is no workshop &apos;{id}&apos;</source>
        <translation>there is no workshop &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="240"/>
        <source>there is nothing to redo</source>
        <translation>there is nothing to redo</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="234"/>
        <source>there is nothing to undo</source>
        <translation>there is nothing to undo</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="13"/>
        <source>this block does not come in &apos;{variant}&apos;</source>
        <translation>this block does not come in &apos;{variant}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="56"/>
        <source>this browser is too old. Open the page in a current Chrome, Edge, Firefox or Safari.</source>
        <translation>this browser is too old. Open the page in a current Chrome, Edge, Firefox or Safari.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="41"/>
        <source>this database holds no Junior Planner archive yet; run &apos;junior-planner archive init&apos; first</source>
        <translation>this database holds no Junior Planner archive yet; run &apos;junior-planner archive init&apos; first</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="47"/>
        <source>this login may not change the archive&apos;s tables ({reason}); run it as the archive&apos;s owner</source>
        <translation>this login may not change the archive&apos;s tables ({reason}); run it as the archive&apos;s owner</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="49"/>
        <source>this login may not do that in the archive ({reason})</source>
        <translation>this login may not do that in the archive ({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="287"/>
        <source>this note</source>
        <translation>this note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="24"/>
        <source>this proposal is already finished, so it cannot change</source>
        <translation>this proposal is already finished, so it cannot change</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/workshops.py" line="52"/>
        <location filename="../../junior_planner/commands/workshops.py" line="179"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="156"/>
        <source>top: straight down over the whole site; child: a child&apos;s eye, 1 m above the ground; orbit: the site&apos;s bird&apos;s-eye view (default: top)</source>
        <translation>top: straight down over the whole site; child: a child&apos;s eye, 1 m above the ground; orbit: the site&apos;s bird&apos;s-eye view (default: top)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="200"/>
        <source>trees</source>
        <translation>trees</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="347"/>
        <location filename="../../junior_planner/ui/facilitator/panel.py" line="141"/>
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="257"/>
        <source>unknown age band &apos;{band}&apos; (age bands: {known})</source>
        <translation>unknown age band &apos;{band}&apos; (age bands: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="147"/>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>unknown field &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="87"/>
        <source>unknown field &apos;{key}&apos; for op &apos;{op}&apos;</source>
        <translation>unknown field &apos;{key}&apos; for op &apos;{op}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="188"/>
        <source>unknown kind &apos;{kind}&apos; (known kinds: {known})</source>
        <translation>unknown kind &apos;{kind}&apos; (known kinds: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="133"/>
        <source>unknown op &apos;{op}&apos; (known: {known})</source>
        <translation>unknown op &apos;{op}&apos; (known: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="280"/>
        <source>unknown placeholder {{{name}}} (allowed here: {known})</source>
        <translation>unknown placeholder {{{name}}} (allowed here: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="246"/>
        <location filename="../../junior_planner/services/indicators.py" line="254"/>
        <source>unknown tag &apos;{tag}&apos; (known tags: {known})</source>
        <translation>unknown tag &apos;{tag}&apos; (known tags: {known})</translation>
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
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="69"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="257"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="242"/>
        <source>voice note</source>
        <translation>voice note</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/detail.py" line="242"/>
        <source>voice note (not in this bundle)</source>
        <translation>voice note (not in this bundle)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="218"/>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="201"/>
        <source>water areas</source>
        <translation>water areas</translation>
    </message>
    <message>
        <location filename="../../junior_planner/model/vocabulary.py" line="38"/>
        <source>water to drink</source>
        <translation>water to drink</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="241"/>
        <source>what the archive holds: sites, workshops, proposals, blocks, size</source>
        <translation>what the archive holds: sites, workshops, proposals, blocks, size</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="243"/>
        <source>where children placed a block type across the whole city: proposals per grid cell, computed in the database, as GeoJSON</source>
        <translation>where children placed a block type across the whole city: proposals per grid cell, computed in the database, as GeoJSON</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="80"/>
        <source>where the site&apos;s local (0, 0) stands, in --crs</source>
        <translation>where the site&apos;s local (0, 0) stands, in --crs</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="253"/>
        <source>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</source>
        <translation>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="191"/>
        <location filename="../../junior_planner/cli.py" line="201"/>
        <source>where to write the PDF</source>
        <translation>where to write the PDF</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="158"/>
        <source>where to write the PNG picture</source>
        <translation>where to write the PNG picture</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="163"/>
        <source>where to write the bundle (needed unless --web is given)</source>
        <translation>where to write the bundle (needed unless --web is given)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="218"/>
        <source>with --db: only proposals made on or after this day</source>
        <translation>with --db: only proposals made on or after this day</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="220"/>
        <source>with --db: only proposals with a child of this age band</source>
        <translation>with --db: only proposals with a child of this age band</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="217"/>
        <source>with --db: only this site&apos;s proposals</source>
        <translation>with --db: only this site&apos;s proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="63"/>
        <source>with --origin: degrees the model is turned counter-clockwise from the CRS&apos;s east</source>
        <translation>with --origin: degrees the model is turned counter-clockwise from the CRS&apos;s east</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="61"/>
        <source>with --origin: the height of the model&apos;s origin (m)</source>
        <translation>with --origin: the height of the model&apos;s origin (m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="164"/>
        <source>with pictures</source>
        <translation>with pictures</translation>
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
        <translation>workshop id (or its first characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="76"/>
        <source>workshops</source>
        <translation>workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="187"/>
        <source>write a PDF report for planners from workshop bundles, or from the city archive with --db</source>
        <translation>write a PDF report for planners from workshop bundles, or from the city archive with --db</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="161"/>
        <source>write a workshop&apos;s proposals as a bundle for planners (.jpbundle, a zip)</source>
        <translation>write a workshop&apos;s proposals as a bundle for planners (.jpbundle, a zip)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="247"/>
        <source>write the cells here (default: print them)</source>
        <translation>write the cells here (default: print them)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="277"/>
        <source>write {{{name}}} without a format or conversion</source>
        <translation>write {{{name}}} without a format or conversion</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="171"/>
        <source>wrote the web view: open {path} in a browser</source>
        <translation>wrote the web view: open {path} in a browser</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/archive.py" line="93"/>
        <source>wrote {path}: {cells} cells</source>
        <translation>wrote {path}: {cells} cells</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="264"/>
        <source>wrote {path}: {pages}, {proposals}</source>
        <translation>wrote {path}: {pages}, {proposals}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="57"/>
        <source>wrote {path}: {proposals}, {blocks}, {annotations}, {snapshots}</source>
        <translation>wrote {path}: {proposals}, {blocks}, {annotations}, {snapshots}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="77"/>
        <location filename="../../junior_planner/commands/workshops.py" line="118"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="86"/>
        <location filename="../../junior_planner/ui/facilitator/participants.py" line="90"/>
        <location filename="../../junior_planner/ui/review/table.py" line="72"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="168"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="232"/>
        <source>{band}: {count}</source>
        <translation>{band}: {count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="204"/>
        <source>{caption} on average</source>
        <translation>{caption} on average</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="201"/>
        <source>{caption} on average; target met in {met} of {total} proposals</source>
        <translation>{caption} on average; target met in {met} of {total} proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/report.py" line="347"/>
        <source>{caption}: no picture ({why})</source>
        <translation>{caption}: no picture ({why})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="283"/>
        <source>{chosen} of {total} blocks</source>
        <translation>{chosen} of {total} blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/geo.py" line="67"/>
        <source>{crs} is not a projected coordinate system in metres</source>
        <translation>{crs} is not a projected coordinate system in metres</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="232"/>
        <source>{field} ({language}): {problem}</source>
        <translation>{field} ({language}): {problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="110"/>
        <source>{file} is indicator format version {version}; this Junior Planner reads version {known}</source>
        <translation>{file} is indicator format version {version}; this Junior Planner reads version {known}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="85"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="107"/>
        <source>{file} is not an indicator definitions file (its format is not &apos;{format}&apos;)</source>
        <translation>{file} is not an indicator definitions file (its format is not &apos;{format}&apos;)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="95"/>
        <source>{file} is not valid JSON (line {line}: {reason})</source>
        <translation>{file} is not valid JSON (line {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="94"/>
        <source>{file} is not valid JSON ({reason})</source>
        <translation>{file} is not valid JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="82"/>
        <source>{file} is too big for an indicator definitions file</source>
        <translation>{file} is too big for an indicator definitions file</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="138"/>
        <source>{file}: &apos;{name}&apos; belongs to no proposal in the manifest</source>
        <translation>{file}: &apos;{name}&apos; belongs to no proposal in the manifest</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="247"/>
        <source>{file}: &apos;{name}&apos; does not match its checksum after writing</source>
        <translation>{file}: &apos;{name}&apos; does not match its checksum after writing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="97"/>
        <location filename="../../junior_planner/services/review.py" line="346"/>
        <source>{file}: &apos;{name}&apos; does not match its sha256 checksum</source>
        <translation>{file}: &apos;{name}&apos; does not match its sha256 checksum</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="238"/>
        <source>{file}: &apos;{name}&apos; does not match the checksum in its name</source>
        <translation>{file}: &apos;{name}&apos; does not match the checksum in its name</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="141"/>
        <source>{file}: &apos;{name}&apos; expands suspiciously much ({ratio:.0f} times; a zip bomb?)</source>
        <translation>{file}: &apos;{name}&apos; expands suspiciously much ({ratio:.0f} times; a zip bomb?)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="138"/>
        <source>{file}: &apos;{name}&apos; has inconsistent sizes</source>
        <translation>{file}: &apos;{name}&apos; has inconsistent sizes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="94"/>
        <source>{file}: &apos;{name}&apos; has {size} bytes, the manifest says {expected}</source>
        <translation>{file}: &apos;{name}&apos; has {size} bytes, the manifest says {expected}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="200"/>
        <source>{file}: &apos;{name}&apos; holds more data than it declares</source>
        <translation>{file}: &apos;{name}&apos; holds more data than it declares</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="120"/>
        <source>{file}: &apos;{name}&apos; is a folder entry with content</source>
        <translation>{file}: &apos;{name}&apos; is a folder entry with content</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="54"/>
        <source>{file}: &apos;{name}&apos; is a folder entry, which a bundle never has</source>
        <translation>{file}: &apos;{name}&apos; is a folder entry, which a bundle never has</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="123"/>
        <source>{file}: &apos;{name}&apos; is a symbolic link</source>
        <translation>{file}: &apos;{name}&apos; is a symbolic link</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="132"/>
        <source>{file}: &apos;{name}&apos; is encrypted</source>
        <translation>{file}: &apos;{name}&apos; is encrypted</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="85"/>
        <source>{file}: &apos;{name}&apos; is in the bundle but not in the manifest</source>
        <translation>{file}: &apos;{name}&apos; is in the bundle but not in the manifest</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="87"/>
        <source>{file}: &apos;{name}&apos; is listed in the manifest but missing</source>
        <translation>{file}: &apos;{name}&apos; is listed in the manifest but missing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="146"/>
        <source>{file}: &apos;{name}&apos; is not a glTF binary</source>
        <translation>{file}: &apos;{name}&apos; is not a glTF binary</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="125"/>
        <source>{file}: &apos;{name}&apos; is not a regular file</source>
        <translation>{file}: &apos;{name}&apos; is not a regular file</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="143"/>
        <source>{file}: &apos;{name}&apos; is there although the manifest says audio was not exported</source>
        <translation>{file}: &apos;{name}&apos; is there although the manifest says audio was not exported</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="140"/>
        <source>{file}: &apos;{name}&apos; is there although the manifest says history was not exported</source>
        <translation>{file}: &apos;{name}&apos; is there although the manifest says history was not exported</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="136"/>
        <source>{file}: &apos;{name}&apos; is too big ({size} bytes)</source>
        <translation>{file}: &apos;{name}&apos; is too big ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="189"/>
        <source>{file}: &apos;{name}&apos; is too big ({size} bytes; at most {limit})</source>
        <translation>{file}: &apos;{name}&apos; is too big ({size} bytes; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="134"/>
        <source>{file}: &apos;{name}&apos; uses an unsupported compression method</source>
        <translation>{file}: &apos;{name}&apos; uses an unsupported compression method</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="173"/>
        <source>{file}: a block uuid appears twice</source>
        <translation>{file}: a block uuid appears twice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="225"/>
        <source>{file}: a history step names an author code the manifest does not list</source>
        <translation>{file}: a history step names an author code the manifest does not list</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="176"/>
        <source>{file}: a note uuid appears twice</source>
        <translation>{file}: a note uuid appears twice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="110"/>
        <source>{file}: a participant code appears twice in the manifest</source>
        <translation>{file}: a participant code appears twice in the manifest</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="113"/>
        <source>{file}: a proposal appears twice in the manifest</source>
        <translation>{file}: a proposal appears twice in the manifest</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="260"/>
        <source>{file}: already in the archive; nothing changed</source>
        <translation>{file}: already in the archive; nothing changed</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="91"/>
        <location filename="../../junior_planner/exchange/bundle.py" line="169"/>
        <source>{file}: at {place}: {message}</source>
        <translation>{file}: at {place}: {message}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review.py" line="343"/>
        <source>{file}: cannot read &apos;{name}&apos; ({reason})</source>
        <translation>{file}: cannot read &apos;{name}&apos; ({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="86"/>
        <source>{file}: cannot read it ({reason})</source>
        <translation>{file}: cannot read it ({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="221"/>
        <source>{file}: each line must hold only seq (1, 2, 3, ...), created_at (text) and record (an object)</source>
        <translation>{file}: each line must hold only seq (1, 2, 3, ...), created_at (text) and record (an object)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="434"/>
        <source>{file}: history step {seq} of proposal {id} is not a readable edit</source>
        <translation>{file}: history step {seq} of proposal {id} is not a readable edit</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="157"/>
        <location filename="../../junior_planner/services/indicators.py" line="179"/>
        <source>{file}: indicator {entry}: {problem}</source>
        <translation>{file}: indicator {entry}: {problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="66"/>
        <source>{file}: made by a newer Junior Planner (bundle format {version}; this version reads format {known}); update Junior Planner to open it</source>
        <translation>{file}: made by a newer Junior Planner (bundle format {version}; this version reads format {known}); update Junior Planner to open it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="63"/>
        <source>{file}: manifest.json does not describe a Junior Planner bundle</source>
        <translation>{file}: manifest.json does not describe a Junior Planner bundle</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="289"/>
        <source>{file}: not valid JSON ({detail} at line {line})</source>
        <translation>{file}: not valid JSON ({detail} at line {line})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="187"/>
        <source>{file}: note {note} has a voice note that is not in the bundle</source>
        <translation>{file}: note {note} has a voice note that is not in the bundle</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="181"/>
        <source>{file}: note {note} is on block {block}, which is not in the proposal</source>
        <translation>{file}: note {note} is on block {block}, which is not in the proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="184"/>
        <source>{file}: note {note} names an author code {code} that the manifest does not list</source>
        <translation>{file}: note {note} names an author code {code} that the manifest does not list</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="193"/>
        <source>{file}: participant code {code} is not in the manifest</source>
        <translation>{file}: participant code {code} is not in the manifest</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="150"/>
        <source>{file}: participant {code} refers to proposal {id}, which is not in the bundle</source>
        <translation>{file}: participant {code} refers to proposal {id}, which is not in the bundle</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="120"/>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="122"/>
        <source>{file}: proposal {id} has no &apos;{name}&apos;</source>
        <translation>{file}: proposal {id} has no &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="341"/>
        <source>{file}: proposal {id} uses the block type &apos;{block}&apos;, which this Junior Planner does not have</source>
        <translation>{file}: proposal {id} uses the block type &apos;{block}&apos;, which this Junior Planner does not have</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="292"/>
        <location filename="../../junior_planner/exchange/safezip.py" line="294"/>
        <source>{file}: the JSON is nested too deeply</source>
        <translation>{file}: the JSON is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="276"/>
        <source>{file}: the JSON is too big ({size} bytes; at most {limit})</source>
        <translation>{file}: the JSON is too big ({size} bytes; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="283"/>
        <source>{file}: the JSON starts with a byte order mark</source>
        <translation>{file}: the JSON starts with a byte order mark</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="199"/>
        <source>{file}: the block or note count differs from the manifest</source>
        <translation>{file}: the block or note count differs from the manifest</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="189"/>
        <source>{file}: the favourite block {block} is not in the proposal</source>
        <translation>{file}: the favourite block {block} is not in the proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="281"/>
        <source>{file}: the file is not UTF-8 text</source>
        <translation>{file}: the file is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="88"/>
        <source>{file}: the file is too big ({size} bytes)</source>
        <translation>{file}: the file is too big ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="216"/>
        <source>{file}: the line is too long</source>
        <translation>{file}: the line is too long</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="157"/>
        <source>{file}: the manifest counts {count} {what}, the bundle holds {actual}</source>
        <translation>{file}: the manifest counts {count} {what}, the bundle holds {actual}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="195"/>
        <source>{file}: the manifest does not list participant {code} in this proposal</source>
        <translation>{file}: the manifest does not list participant {code} in this proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="100"/>
        <source>{file}: the manifest lists &apos;{name}&apos;, which is not part of a bundle</source>
        <translation>{file}: the manifest lists &apos;{name}&apos;, which is not part of a bundle</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="168"/>
        <source>{file}: the member &apos;{name}&apos; has a different name in its local header</source>
        <translation>{file}: the member &apos;{name}&apos; has a different name in its local header</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="163"/>
        <source>{file}: the member &apos;{name}&apos; is damaged</source>
        <translation>{file}: the member &apos;{name}&apos; is damaged</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="205"/>
        <location filename="../../junior_planner/exchange/safezip.py" line="216"/>
        <source>{file}: the member &apos;{name}&apos; is damaged ({reason})</source>
        <translation>{file}: the member &apos;{name}&apos; is damaged ({reason})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="208"/>
        <source>{file}: the member &apos;{name}&apos; is shorter than it declares</source>
        <translation>{file}: the member &apos;{name}&apos; is shorter than it declares</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="172"/>
        <source>{file}: the member &apos;{name}&apos; runs past the end of the data</source>
        <translation>{file}: the member &apos;{name}&apos; runs past the end of the data</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="61"/>
        <source>{file}: the member name &apos;{name}&apos; climbs out of the bundle with &apos;..&apos;</source>
        <translation>{file}: the member name &apos;{name}&apos; climbs out of the bundle with &apos;..&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="50"/>
        <source>{file}: the member name &apos;{name}&apos; contains a NUL character</source>
        <translation>{file}: the member name &apos;{name}&apos; contains a NUL character</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="52"/>
        <source>{file}: the member name &apos;{name}&apos; contains a backslash</source>
        <translation>{file}: the member name &apos;{name}&apos; contains a backslash</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="56"/>
        <source>{file}: the member name &apos;{name}&apos; is an absolute path</source>
        <translation>{file}: the member name &apos;{name}&apos; is an absolute path</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="63"/>
        <source>{file}: the member name &apos;{name}&apos; is not a plain relative path</source>
        <translation>{file}: the member name &apos;{name}&apos; is not a plain relative path</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="58"/>
        <source>{file}: the member name &apos;{name}&apos; starts with a drive letter</source>
        <translation>{file}: the member name &apos;{name}&apos; starts with a drive letter</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="128"/>
        <source>{file}: the member names &apos;{first}&apos; and &apos;{second}&apos; are the same when case is ignored</source>
        <translation>{file}: the member names &apos;{first}&apos; and &apos;{second}&apos; are the same when case is ignored</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="158"/>
        <source>{file}: the members &apos;{first}&apos; and &apos;{second}&apos; overlap</source>
        <translation>{file}: the members &apos;{first}&apos; and &apos;{second}&apos; overlap</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="108"/>
        <source>{file}: the members add up to more than {limit} bytes</source>
        <translation>{file}: the members add up to more than {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="197"/>
        <source>{file}: the participants differ from the manifest&apos;s list</source>
        <translation>{file}: the participants differ from the manifest&apos;s list</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="168"/>
        <source>{file}: the proposal belongs to another workshop ({id})</source>
        <translation>{file}: the proposal belongs to another workshop ({id})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="166"/>
        <source>{file}: the proposal inside has id {inner}, not {id}</source>
        <translation>{file}: the proposal inside has id {inner}, not {id}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="170"/>
        <source>{file}: the proposal is on another site ({id})</source>
        <translation>{file}: the proposal is on another site ({id})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="335"/>
        <source>{file}: the site &apos;{site}&apos; here is not the same model as the one the bundle was made on</source>
        <translation>{file}: the site &apos;{site}&apos; here is not the same model as the one the bundle was made on</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="331"/>
        <source>{file}: the site &apos;{site}&apos; is not installed here; import the site first</source>
        <translation>{file}: the site &apos;{site}&apos; is not installed here; import the site first</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="230"/>
        <source>{file}: the undo position {pos} is past the {count} history steps</source>
        <translation>{file}: the undo position {pos} is past the {count} history steps</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle.py" line="242"/>
        <source>{file}: the written bundle does not hold the files its manifest lists</source>
        <translation>{file}: the written bundle does not hold the files its manifest lists</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="59"/>
        <source>{file}: there is no manifest.json; this is not a Junior Planner bundle</source>
        <translation>{file}: there is no manifest.json; this is not a Junior Planner bundle</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="83"/>
        <source>{file}: there is no such file</source>
        <translation>{file}: there is no such file</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="92"/>
        <source>{file}: this is not a zip file (a bundle is a zip file)</source>
        <translation>{file}: this is not a zip file (a bundle is a zip file)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="104"/>
        <source>{file}: too many members ({count}; at most {limit})</source>
        <translation>{file}: too many members ({count}; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="56"/>
        <source>{file}: unexpected member &apos;{name}&apos; (not part of a Junior Planner bundle)</source>
        <translation>{file}: unexpected member &apos;{name}&apos; (not part of a Junior Planner bundle)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/bundle_check.py" line="39"/>
        <source>{file}: valid bundle of workshop &apos;{title}&apos; on site {site}: {proposals} proposals, {blocks} blocks, {annotations} notes, {participants} participants, {files} files</source>
        <translation>{file}: valid bundle of workshop &apos;{title}&apos; on site {site}: {proposals} proposals, {blocks} blocks, {annotations} notes, {participants} participants, {files} files</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="349"/>
        <source>{file}: workshop {id} is on another site here ({site})</source>
        <translation>{file}: workshop {id} is on another site here ({site})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/indicators.py" line="156"/>
        <location filename="../../junior_planner/services/web.py" line="179"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="271"/>
        <source>{file}: {what}</source>
        <translation>{file}: {what}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/windows.py" line="132"/>
        <source>{level}: {ms} ms ({fps} frames a second)</source>
        <translation>{level}: {ms} ms ({fps} frames a second)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/viewport.py" line="108"/>
        <source>{ms} ms, {fps} frames a second</source>
        <translation>{ms} ms, {fps} frames a second</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="269"/>
        <source>{name} (imported)</source>
        <translation>{name} (imported)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/workshop_form.py" line="223"/>
        <source>{name}: {cost} coins</source>
        <translation>{name}: {cost} coins</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/gallery/window.py" line="296"/>
        <source>{number} of {count}</source>
        <translation>{number} of {count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="372"/>
        <source>{pages} pages written to {path}</source>
        <translation>{pages} pages written to {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="27"/>
        <source>{path} cannot be read ({detail})</source>
        <translation>{path} cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="36"/>
        <source>{path} has a loop in its node graph</source>
        <translation>{path} has a loop in its node graph</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="39"/>
        <source>{path} has coordinates that are not finite numbers</source>
        <translation>{path} has coordinates that are not finite numbers</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="52"/>
        <source>{path} has no layer {detail}</source>
        <translation>{path} has no layer {detail}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="40"/>
        <source>{path} has no triangle with any area</source>
        <translation>{path} has no triangle with any area</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="41"/>
        <source>{path} has no triangles</source>
        <translation>{path} has no triangles</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="38"/>
        <source>{path} has too many features ({detail}); cut out the area of the site first</source>
        <translation>{path} has too many features ({detail}); cut out the area of the site first</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="37"/>
        <source>{path} has too many triangles ({detail}); use --max-triangles or simplify the model</source>
        <translation>{path} has too many triangles ({detail}); use --max-triangles or simplify the model</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="32"/>
        <source>{path} is cut short: the file is incomplete ({detail})</source>
        <translation>{path} is cut short: the file is incomplete ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="28"/>
        <source>{path} is empty</source>
        <translation>{path} is empty</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="36"/>
        <source>{path} is not a Junior Planner database; it was left untouched</source>
        <translation>{path} is not a Junior Planner database; it was left untouched</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <location filename="../../junior_planner/services/sites.py" line="131"/>
        <source>{path} is not a file</source>
        <translation>{path} is not a file</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="30"/>
        <source>{path} is not a file we can read ({detail})</source>
        <translation>{path} is not a file we can read ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/web.py" line="172"/>
        <source>{path} is not empty and was not made by publish-web; choose an empty folder</source>
        <translation>{path} is not empty and was not made by publish-web; choose an empty folder</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="31"/>
        <source>{path} is not valid JSON ({detail})</source>
        <translation>{path} is not valid JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="29"/>
        <source>{path} is too big to import ({detail})</source>
        <translation>{path} is too big to import ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="34"/>
        <source>{path} needs &apos;{detail}&apos;, which is not in its folder or zip</source>
        <translation>{path} needs &apos;{detail}&apos;, which is not in its folder or zip</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="51"/>
        <source>{path} needs the glTF extension {detail}, which cannot be read here; export the model again without it</source>
        <translation>{path} needs the glTF extension {detail}, which cannot be read here; export the model again without it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="44"/>
        <source>{path} needs too much memory to read (limit {detail})</source>
        <translation>{path} needs too much memory to read (limit {detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="33"/>
        <source>{path} refers to a file outside its own folder ({detail}); keep the model&apos;s files together in one folder or zip</source>
        <translation>{path} refers to a file outside its own folder ({detail}); keep the model&apos;s files together in one folder or zip</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="43"/>
        <source>{path} took too long to read (limit {detail})</source>
        <translation>{path} took too long to read (limit {detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="47"/>
        <source>{path}: &apos;{detail}&apos; is not a coordinate system known here (use EPSG:n, e.g. EPSG:4549)</source>
        <translation>{path}: &apos;{detail}&apos; is not a coordinate system known here (use EPSG:n, e.g. EPSG:4549)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="45"/>
        <source>{path}: a footprint is not a valid polygon ({detail})</source>
        <translation>{path}: a footprint is not a valid polygon ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="26"/>
        <source>{path}: files of type &apos;{detail}&apos; cannot be imported (see &apos;junior-planner site import --help&apos; for the formats)</source>
        <translation>{path}: files of type &apos;{detail}&apos; cannot be imported (see &apos;junior-planner site import --help&apos; for the formats)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="53"/>
        <source>{path}: nothing usable was found (no buildings, roads, trees, water or 3D shapes; {detail})</source>
        <translation>{path}: nothing usable was found (no buildings, roads, trees, water or 3D shapes; {detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="46"/>
        <source>{path}: reading it needs the Python package {detail}, which is not installed (pip install {detail})</source>
        <translation>{path}: reading it needs the Python package {detail}, which is not installed (pip install {detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="35"/>
        <source>{path}: say which file to import; the folder or zip holds several models ({detail})</source>
        <translation>{path}: say which file to import; the folder or zip holds several models ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="49"/>
        <source>{path}: the coordinates do not fit {detail}; check --source-crs</source>
        <translation>{path}: the coordinates do not fit {detail}; check --source-crs</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="42"/>
        <source>{path}: the model is kilometres across; check --units</source>
        <translation>{path}: the model is kilometres across; check --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="54"/>
        <source>{path}: the site would leave children no ground to build on; give a larger area or a buildable area</source>
        <translation>{path}: the site would leave children no ground to build on; give a larger area or a buildable area</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="50"/>
        <source>{path}: to place a model on the earth give both --crs EPSG:n and --origin EASTING NORTHING</source>
        <translation>{path}: to place a model on the earth give both --crs EPSG:n and --origin EASTING NORTHING</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="48"/>
        <source>{path}: {detail} is not a projected coordinate system in metres; choose one with --crs (e.g. EPSG:4549)</source>
        <translation>{path}: {detail} is not a projected coordinate system in metres; choose one with --crs (e.g. EPSG:4549)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="136"/>
        <location filename="../../junior_planner/ui/kiosk/screens.py" line="142"/>
        <source>{place}: let&apos;s design it together!</source>
        <translation>{place}: let&apos;s design it together!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="269"/>
        <source>{proposals} and {notes} removed (erased on request or without consent)</source>
        <translation>{proposals} and {notes} removed (erased on request or without consent)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="209"/>
        <source>{reason}: {count} of {total} proposals</source>
        <translation>{reason}: {count} of {total} proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/window.py" line="297"/>
        <source>{shown} of {total} proposals</source>
        <translation>{shown} of {total} proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="236"/>
        <location filename="../../junior_planner/ui/review/detail.py" line="217"/>
        <source>{site}, workshop {workshop}; ages {bands}; {blocks}, {notes}; budget used {used:g}</source>
        <translation>{site}, workshop {workshop}; ages {bands}; {blocks}, {notes}; budget used {used:g}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../junior_planner/commands/library.py" line="38"/>
        <source>{site}: %n buildable polygons</source>
        <translation>
            <numerusform>{site}: %n buildable polygon</numerusform>
            <numerusform>{site}: %n buildable polygons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/library.py" line="43"/>
        <source>{site}: {crs}, origin at lon {lon:.6f}, lat {lat:.6f}</source>
        <translation>{site}: {crs}, origin at lon {lon:.6f}, lat {lat:.6f}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="215"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="225"/>
        <source>{thing} ({count} of {total} proposals)</source>
        <translation>{thing} ({count} of {total} proposals)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/review_patterns.py" line="217"/>
        <location filename="../../junior_planner/services/review_patterns.py" line="227"/>
        <source>{thing} ({count})</source>
        <translation>{thing} ({count})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="204"/>
        <source>{title}
{site} · proposals: {count}</source>
        <translation>{title}
{site} · proposals: {count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/patterns.py" line="356"/>
        <source>{title} (ages {bands}, {workshop})</source>
        <translation>{title} (ages {bands}, {workshop})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/archive.py" line="323"/>
        <source>{title} (kept until {date}): {proposals}, {blocks}, {notes}</source>
        <translation>{title} (kept until {date}): {proposals}, {blocks}, {notes}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/bundle.py" line="382"/>
        <source>{title} (second version of {id})</source>
        <translation>{title} (second version of {id})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/review/compare.py" line="86"/>
        <source>{title}: {blocks}, {notes}, ages {bands}</source>
        <translation>{title}: {blocks}, {notes}, ages {bands}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/exchange/safezip.py" line="256"/>
        <source>{value} is not allowed; use a finite number</source>
        <translation>{value} is not allowed; use a finite number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/commands/proposals.py" line="76"/>
        <source>{value} of {total}</source>
        <translation>{value} of {total}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/report.py" line="221"/>
        <source>“{quote}” (ages {band})</source>
        <translation>“{quote}” (ages {band})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/printing/sheet.py" line="335"/>
        <location filename="../../junior_planner/ui/gallery/window.py" line="160"/>
        <source>…and {count} more</source>
        <translation>…and {count} more</translation>
    </message>
</context>
</TS>
