<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>junior_planner</name>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="239"/>
        <source>&apos;at&apos; must be [x, y] in metres</source>
        <translation>&apos;at&apos; must be [x, y] in metres</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="244"/>
        <source>&apos;reasons&apos; must be a list of reason ids</source>
        <translation>&apos;reasons&apos; must be a list of reason ids</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="11"/>
        <source>&apos;{block}&apos; is not one of this workshop&apos;s blocks</source>
        <translation>&apos;{block}&apos; is not one of this workshop&apos;s blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="64"/>
        <source>&apos;{id}&apos; is the start of {count} proposal ids; give more of it</source>
        <translation>&apos;{id}&apos; is the start of {count} proposal ids; give more of it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="54"/>
        <source>&apos;{id}&apos; is the start of {count} workshop ids; give more of it</source>
        <translation>&apos;{id}&apos; is the start of {count} workshop ids; give more of it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="85"/>
        <location filename="../../junior_planner/services/replay.py" line="96"/>
        <source>&apos;{key}&apos; is missing</source>
        <translation>&apos;{key}&apos; is missing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="102"/>
        <source>&apos;{key}&apos; is too long (at most {limit} characters)</source>
        <translation>&apos;{key}&apos; is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="89"/>
        <source>&apos;{key}&apos; must be a finite number</source>
        <translation>&apos;{key}&apos; must be a finite number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="100"/>
        <source>&apos;{key}&apos; must be text</source>
        <translation>&apos;{key}&apos; must be text</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="164"/>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>&apos;{key}&apos; must be true or false</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="130"/>
        <source>&apos;{site}&apos; is a bundled site; only imported sites can get a new buildable area</source>
        <translation>&apos;{site}&apos; is a bundled site; only imported sites can get a new buildable area</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="108"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="99"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="127"/>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="13"/>
        <source>A building is already there.</source>
        <translation>A building is already there.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="14"/>
        <source>A tree is already growing there.</source>
        <translation>A tree is already growing there.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/palette.py" line="104"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="140"/>
        <source>Blocks used</source>
        <translation>Blocks used</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="11"/>
        <source>Cars drive here! Try a spot off the road.</source>
        <translation>Cars drive here! Try a spot off the road.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="114"/>
        <source>Choose a proposal to see what the children made and why.</source>
        <translation>Choose a proposal to see what the children made and why.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="72"/>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="33"/>
        <source>Demo: our park</source>
        <translation>Demo: our park</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="144"/>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>I like it</source>
        <translation>I like it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>I love it</source>
        <translation>I love it</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="151"/>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="20"/>
        <source>It cannot get any bigger or smaller.</source>
        <translation>It cannot get any bigger or smaller.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/app.py" line="23"/>
        <source>Junior Planner</source>
        <translation>Junior Planner</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="26"/>
        <source>Junior Planner - Facilitator</source>
        <translation>Junior Planner - Facilitator</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="30"/>
        <source>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</source>
        <translation>Junior Planner: children design their own places in 3D. Without a command, opens the facilitator home.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="131"/>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="67"/>
        <source>No workshops yet. Create one from the command line: junior-planner workshop new --site ID --title T</source>
        <translation>No workshops yet. Create one from the command line: junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="211"/>
        <source>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</source>
        <translation>No workshops yet. Create one with: junior-planner workshop new --site ID --title T</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="19"/>
        <source>Not enough coins left! Take something away first.</source>
        <translation>Not enough coins left! Take something away first.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="36"/>
        <source>Not safe</source>
        <translation>Not safe</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="15"/>
        <source>People walk here. Keep the path free!</source>
        <translation>People walk here. Keep the path free!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/demo.py" line="31"/>
        <source>Preparing the demo workshop in {path}</source>
        <translation>Preparing the demo workshop in {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="58"/>
        <source>Proposal details</source>
        <translation>Proposal details</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="45"/>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="49"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../junior_planner/ui/editor/feedback.py" line="21"/>
        <source>This plan is finished. You can look around!</source>
        <translation>This plan is finished. You can look around!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="50"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="16"/>
        <source>Too close to another block. Leave some room!</source>
        <translation>Too close to another block. Leave some room!</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/editor/feedback.py" line="18"/>
        <source>We cannot build on that ground.</source>
        <translation>We cannot build on that ground.</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="147"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="39"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="29"/>
        <source>Workshops on this computer</source>
        <translation>Workshops on this computer</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="35"/>
        <source>Worried</source>
        <translation>Worried</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/pin.py" line="26"/>
        <source>a PIN is 4 to 12 digits</source>
        <translation>a PIN is 4 to 12 digits</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="354"/>
        <source>a bundled file is not usable</source>
        <translation>a bundled file is not usable</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="94"/>
        <source>a group has at most four children</source>
        <translation>a group has at most four children</translation>
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
        <location filename="../../junior_planner/services/replay.py" line="231"/>
        <source>a note needs either &apos;target&apos; (a block) or &apos;at&apos; ([x, y])</source>
        <translation>a note needs either &apos;target&apos; (a block) or &apos;at&apos; ([x, y])</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>a place to sit</source>
        <translation>a place to sit</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="12"/>
        <source>a position, angle or size is not a finite number</source>
        <translation>a position, angle or size is not a finite number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="74"/>
        <source>a pseudonym needs 1 to {limit} characters</source>
        <translation>a pseudonym needs 1 to {limit} characters</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <source>a quiet corner</source>
        <translation>a quiet corner</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="27"/>
        <source>a workshop title needs 1 to {limit} characters</source>
        <translation>a workshop title needs 1 to {limit} characters</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="18"/>
        <source>an existing tree is there</source>
        <translation>an existing tree is there</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="77"/>
        <source>apply an edit script (JSON lines) as one participant group; prints the proposal id</source>
        <translation>apply an edit script (JSON lines) as one participant group; prints the proposal id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19"/>
        <source>being made</source>
        <translation>being made</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="68"/>
        <source>budget units each proposal may spend</source>
        <translation>budget units each proposal may spend</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="117"/>
        <source>cannot create an OpenGL context on this display</source>
        <translation>cannot create an OpenGL context on this display</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="47"/>
        <source>cannot reach the display {display}; is the X server running?</source>
        <translation>cannot reach the display {display}; is the X server running?</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="251"/>
        <location filename="../../junior_planner/services/sites.py" line="138"/>
        <source>cannot read {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="317"/>
        <source>cannot write {path}</source>
        <translation>cannot write {path}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="301"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>cannot write {path}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>clean toilets</source>
        <translation>clean toilets</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="49"/>
        <source>could not open {path} ({detail}); check that the disk has space and try again</source>
        <translation>could not open {path} ({detail}); check that the disk has space and try again</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="51"/>
        <source>could not read {path} ({detail})</source>
        <translation>could not read {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="50"/>
        <source>could not save to {path} ({detail}); nothing of that edit was kept</source>
        <translation>could not save to {path} ({detail}); nothing of that edit was kept</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="65"/>
        <source>create a workshop and print its id</source>
        <translation>create a workshop and print its id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="62"/>
        <source>create or list workshops</source>
        <translation>create or list workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="75"/>
        <source>each line must be a JSON object</source>
        <translation>each line must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="152"/>
        <source>each line needs an &apos;op&apos;</source>
        <translation>each line needs an &apos;op&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <source>for little kids</source>
        <translation>for little kids</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="62"/>
        <source>give at least 4 characters of the proposal id</source>
        <translation>give at least 4 characters of the proposal id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="52"/>
        <source>give at least 4 characters of the workshop id</source>
        <translation>give at least 4 characters of the workshop id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="48"/>
        <source>import a 3D model (glb, gltf, obj, ply, stl, off) or GeoJSON footprints with heights; prints the new site id</source>
        <translation>import a 3D model (glb, gltf, obj, ply, stl, off) or GeoJSON footprints with heights; prints the new site id</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="45"/>
        <source>import a site of your own</source>
        <translation>import a site of your own</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="99"/>
        <source>language of messages and windows</source>
        <translation>language of messages and windows</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="19"/>
        <source>left unfinished</source>
        <translation>left unfinished</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="32"/>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="73"/>
        <source>list proposals</source>
        <translation>list proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="59"/>
        <source>list the block catalog, in English and Chinese</source>
        <translation>list the block catalog, in English and Chinese</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="43"/>
        <source>list the sites, in English and Chinese</source>
        <translation>list the sites, in English and Chinese</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="70"/>
        <source>list workshops</source>
        <translation>list workshops</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>meet friends</source>
        <translation>meet friends</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>more green</source>
        <translation>more green</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="39"/>
        <source>more light</source>
        <translation>more light</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>more shade</source>
        <translation>more shade</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="71"/>
        <source>not valid JSON ({detail})</source>
        <translation>not valid JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="159"/>
        <source>on the {block}</source>
        <translation>on the {block}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="69"/>
        <source>only these block types (default: all)</source>
        <translation>only these block types (default: all)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="74"/>
        <source>only this workshop&apos;s proposals</source>
        <translation>only this workshop&apos;s proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="39"/>
        <source>open the app on the bundled demo workshop (prepared on first use)</source>
        <translation>open the app on the bundled demo workshop (prepared on first use)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="101"/>
        <source>open the window, save a picture of it and quit</source>
        <translation>open the window, save a picture of it and quit</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="91"/>
        <source>picture size in pixels (default: 1280x800)</source>
        <translation>picture size in pixels (default: 1280x800)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="38"/>
        <source>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</source>
        <translation>pictures need an OpenGL display, and QT_QPA_PLATFORM={platform} has none; unset it or run under xvfb-run</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>play together</source>
        <translation>play together</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="58"/>
        <source>polygons where children may build</source>
        <translation>polygons where children may build</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="41"/>
        <source>prepare the demo data only</source>
        <translation>prepare the demo data only</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="80"/>
        <source>print &apos;done N&apos; on stderr after each committed line</source>
        <translation>print &apos;done N&apos; on stderr after each committed line</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="44"/>
        <location filename="../../junior_planner/cli.py" line="60"/>
        <location filename="../../junior_planner/cli.py" line="71"/>
        <location filename="../../junior_planner/cli.py" line="75"/>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="82"/>
        <source>print a proposal as JSON (the export&apos;s shape)</source>
        <translation>print a proposal as JSON (the export&apos;s shape)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="83"/>
        <location filename="../../junior_planner/cli.py" line="86"/>
        <source>proposal id (or its first characters)</source>
        <translation>proposal id (or its first characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <source>proposals</source>
        <translation>proposals</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="54"/>
        <source>refuse models with more triangles than this (default: {default:,})</source>
        <translation>refuse models with more triangles than this (default: {default:,})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="38"/>
        <source>safe crossing</source>
        <translation>safe crossing</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="85"/>
        <source>save a picture of a proposal on its site (needs a display, or xvfb-run)</source>
        <translation>save a picture of a proposal on its site (needs a display, or xvfb-run)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="161"/>
        <source>say &apos;site import FILE&apos; or &apos;site area SITE_ID FILE&apos;</source>
        <translation>say &apos;site import FILE&apos; or &apos;site area SITE_ID FILE&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="195"/>
        <source>say &apos;workshop new&apos; or &apos;workshop list&apos;</source>
        <translation>say &apos;workshop new&apos; or &apos;workshop list&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="25"/>
        <source>see --help</source>
        <translation>see --help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="55"/>
        <source>set an imported site&apos;s buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</source>
        <translation>set an imported site&apos;s buildable area from GeoJSON polygons (site-local metres, or lon/lat for sites imported from GeoJSON)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="66"/>
        <source>site id (see &apos;junior-planner sites&apos;)</source>
        <translation>site id (see &apos;junior-planner sites&apos;)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="183"/>
        <source>size (m)</source>
        <translation>size (m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="151"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="40"/>
        <source>sports</source>
        <translation>sports</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="40"/>
        <source>start the demo data again from scratch</source>
        <translation>start the demo data again from scratch</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>status</source>
        <translation>status</translation>
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
        <location filename="../../junior_planner/services/replay.py" line="73"/>
        <location filename="../../junior_planner/services/replay.py" line="77"/>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="76"/>
        <source>the age band must be one of {bands}</source>
        <translation>the age band must be one of {bands}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="143"/>
        <source>the area in {path} cannot be used: {reason}</source>
        <translation>the area in {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="110"/>
        <location filename="../../junior_planner/services/workshops.py" line="29"/>
        <source>the budget must be a positive number</source>
        <translation>the budget must be a positive number</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="46"/>
        <source>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</source>
        <translation>the database {path} is damaged ({detail}); it was left untouched: restore a backup or ask for help</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="47"/>
        <source>the database {path} was made by a newer Junior Planner; please update this one</source>
        <translation>the database {path} was made by a newer Junior Planner; please update this one</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="79"/>
        <source>the edit script, or - for standard input</source>
        <translation>the edit script, or - for standard input</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="50"/>
        <source>the file to import</source>
        <translation>the file to import</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="53"/>
        <source>the file&apos;s length unit (default: m)</source>
        <translation>the file&apos;s length unit (default: m)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="57"/>
        <source>the imported site</source>
        <translation>the imported site</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="44"/>
        <source>the key &apos;{key}&apos; appears twice</source>
        <translation>the key &apos;{key}&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="132"/>
        <source>the line is longer than {limit} bytes</source>
        <translation>the line is longer than {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="67"/>
        <source>the line is not UTF-8 text</source>
        <translation>the line is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="297"/>
        <source>the picture must be {low} to {high} pixels wide and high, not {width}x{height}</source>
        <translation>the picture must be {low} to {high} pixels wide and high, not {width}x{height}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="145"/>
        <source>the script has no edits (it must start with a &apos;join&apos; line)</source>
        <translation>the script has no edits (it must start with a &apos;join&apos; line)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="157"/>
        <source>the script must start with a &apos;join&apos; line</source>
        <translation>the script must start with a &apos;join&apos; line</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="308"/>
        <location filename="../../junior_planner/services/workshops.py" line="112"/>
        <source>the site &apos;{site}&apos; of this workshop is not installed here</source>
        <translation>the site &apos;{site}&apos; of this workshop is not installed here</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="51"/>
        <source>the site&apos;s name (default: the file name)</source>
        <translation>the site&apos;s name (default: the file name)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="294"/>
        <source>the size must look like 1280x800 (width x height in pixels), not &apos;{size}&apos;</source>
        <translation>the size must look like 1280x800 (width x height in pixels), not &apos;{size}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="28"/>
        <source>the words are too long (at most {limit} characters)</source>
        <translation>the words are too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="67"/>
        <source>the workshop&apos;s title</source>
        <translation>the workshop&apos;s title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="181"/>
        <source>there is no block &apos;{name}&apos; in this proposal</source>
        <translation>there is no block &apos;{name}&apos; in this proposal</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="10"/>
        <location filename="../../junior_planner/services/workshops.py" line="34"/>
        <source>there is no block type &apos;{block}&apos;</source>
        <translation>there is no block type &apos;{block}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/render/snapshot.py" line="52"/>
        <source>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</source>
        <translation>there is no display to draw on (DISPLAY is not set); run the command under xvfb-run, for example: xvfb-run -a junior-planner render ...</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="131"/>
        <source>there is no imported site &apos;{site}&apos;</source>
        <translation>there is no imported site &apos;{site}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="63"/>
        <source>there is no proposal &apos;{id}&apos;</source>
        <translation>there is no proposal &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="26"/>
        <source>there is no reason chip &apos;{reason}&apos; in this workshop</source>
        <translation>there is no reason chip &apos;{reason}&apos; in this workshop</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="24"/>
        <source>there is no site &apos;{site}&apos; (known sites: {known})</source>
        <translation>there is no site &apos;{site}&apos; (known sites: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="25"/>
        <source>there is no sticker &apos;{sticker}&apos;</source>
        <translation>there is no sticker &apos;{sticker}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/workshops.py" line="53"/>
        <source>there is no workshop &apos;{id}&apos;</source>
        <translation>there is no workshop &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="262"/>
        <source>there is nothing to redo</source>
        <translation>there is nothing to redo</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="256"/>
        <source>there is nothing to undo</source>
        <translation>there is nothing to undo</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="13"/>
        <source>this block does not come in &apos;{variant}&apos;</source>
        <translation>this block does not come in &apos;{variant}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="24"/>
        <source>this proposal is already finished, so it cannot change</source>
        <translation>this proposal is already finished, so it cannot change</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="213"/>
        <location filename="../../junior_planner/cli.py" line="227"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="88"/>
        <source>top: straight down over the whole site; child: a child&apos;s eye, 1 m above the ground; orbit: the site&apos;s bird&apos;s-eye view (default: top)</source>
        <translation>top: straight down over the whole site; child: a child&apos;s eye, 1 m above the ground; orbit: the site&apos;s bird&apos;s-eye view (default: top)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="362"/>
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="109"/>
        <source>unknown field &apos;{key}&apos; for op &apos;{op}&apos;</source>
        <translation>unknown field &apos;{key}&apos; for op &apos;{op}&apos;</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="155"/>
        <source>unknown op &apos;{op}&apos; (known: {known})</source>
        <translation>unknown op &apos;{op}&apos; (known: {known})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="41"/>
        <source>water to drink</source>
        <translation>water to drink</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="98"/>
        <source>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</source>
        <translation>where the workshop database lives (default: $JUNIOR_PLANNER_DATA or the user data folder)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="90"/>
        <source>where to write the PNG picture</source>
        <translation>where to write the PNG picture</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="52"/>
        <source>which axis points up in the file (default: y for glTF, z otherwise)</source>
        <translation>which axis points up in the file (default: y for glTF, z otherwise)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="78"/>
        <source>workshop id (or its first characters)</source>
        <translation>workshop id (or its first characters)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="26"/>
        <source>{path} cannot be read ({detail})</source>
        <translation>{path} cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="33"/>
        <source>{path} has a loop in its node graph</source>
        <translation>{path} has a loop in its node graph</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="35"/>
        <source>{path} has coordinates that are not finite numbers</source>
        <translation>{path} has coordinates that are not finite numbers</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="36"/>
        <source>{path} has no triangle with any area</source>
        <translation>{path} has no triangle with any area</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="37"/>
        <source>{path} has no triangles</source>
        <translation>{path} has no triangles</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="34"/>
        <source>{path} has too many triangles ({detail})</source>
        <translation>{path} has too many triangles ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="31"/>
        <source>{path} is cut short: the file is incomplete ({detail})</source>
        <translation>{path} is cut short: the file is incomplete ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="27"/>
        <source>{path} is empty</source>
        <translation>{path} is empty</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="29"/>
        <source>{path} is not a 3D model we can read ({detail})</source>
        <translation>{path} is not a 3D model we can read ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="45"/>
        <source>{path} is not a Junior Planner database; it was left untouched</source>
        <translation>{path} is not a Junior Planner database; it was left untouched</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/messages.py" line="48"/>
        <location filename="../../junior_planner/services/sites.py" line="76"/>
        <source>{path} is not a file</source>
        <translation>{path} is not a file</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="30"/>
        <source>{path} is not valid JSON ({detail})</source>
        <translation>{path} is not valid JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="28"/>
        <source>{path} is too big to import</source>
        <translation>{path} is too big to import</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="40"/>
        <source>{path} needs too much memory to read (limit {detail})</source>
        <translation>{path} needs too much memory to read (limit {detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="32"/>
        <source>{path} refers to another file ({detail}); only self-contained files can be imported</source>
        <translation>{path} refers to another file ({detail}); only self-contained files can be imported</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="39"/>
        <source>{path} took too long to read (limit {detail})</source>
        <translation>{path} took too long to read (limit {detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="41"/>
        <source>{path}: a footprint has no height or levels property ({detail})</source>
        <translation>{path}: a footprint has no height or levels property ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="42"/>
        <source>{path}: a footprint is not a valid polygon ({detail})</source>
        <translation>{path}: a footprint is not a valid polygon ({detail})</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="25"/>
        <source>{path}: files of type &apos;{detail}&apos; cannot be imported (use glb, gltf, obj, ply, stl, off or geojson)</source>
        <translation>{path}: files of type &apos;{detail}&apos; cannot be imported (use glb, gltf, obj, ply, stl, off or geojson)</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/sites.py" line="38"/>
        <source>{path}: the model is kilometres across; check --units</source>
        <translation>{path}: the model is kilometres across; check --units</translation>
    </message>
    <message>
        <location filename="../../junior_planner/cli.py" line="165"/>
        <source>{site}: {count} buildable polygons</source>
        <translation>{site}: {count} buildable polygons</translation>
    </message>
    <message>
        <location filename="../../junior_planner/ui/facilitator/home.py" line="84"/>
        <source>{title}
{site} · proposals: {count}</source>
        <translation>{title}
{site} · proposals: {count}</translation>
    </message>
    <message>
        <location filename="../../junior_planner/services/replay.py" line="50"/>
        <source>{value} is not allowed; use a finite number</source>
        <translation>{value} is not allowed; use a finite number</translation>
    </message>
</context>
</TS>
