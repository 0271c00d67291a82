<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>BracketBar</name>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="46" />
        <source>Fields:</source>
        <extracomment>Buttons shown at most (a reply with more brackets is rare), and per row: they wrap rather than shrink, so each bracket stays readable in a narrow editor.</extracomment>
        <translation>입력 항목:</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="48" />
        <source>Highlighted brackets are asked for when inserting</source>
        <translation>강조된 괄호는 삽입할 때 입력을 요청합니다. 나머지는 그대로 붙여 넣습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="81" />
        <source>A field: asked for when inserting. Click to paste it as written.</source>
        <translation>입력 항목: 삽입할 때 입력을 요청합니다. 클릭하면 적힌 그대로 붙여 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/bracket_bar.py" line="83" />
        <source>Text: pasted as written. Click to ask for it when inserting.</source>
        <translation>텍스트: 적힌 그대로 붙여 넣습니다. 클릭하면 삽입할 때 입력을 요청합니다.</translation>
    </message>
</context>
<context>
    <name>CapabilityLimits</name>
    <message>
        <location filename="../../desktop/capability_limits.py" line="29" />
        <source>Wayland does not let applications grab global hotkeys or send keys to other windows; bind a desktop shortcut to `quickreply --show` or use an X11 session.</source>
        <translation>Wayland에서는 프로그램이 전역 단축키를 쓰거나 다른 창에 키를 보낼 수 없습니다. 데스크톱 단축키에 `quickreply --show`를 연결하거나 X11 세션을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="35" />
        <source>QuickReply does not support macOS yet.</source>
        <translation>QuickReply는 아직 macOS를 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="39" />
        <source>There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>디스플레이가 없습니다 (DISPLAY와 WAYLAND_DISPLAY 모두 설정되지 않음).</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="51" />
        <source>This session does not let programs use global hotkeys. Open the popup from the tray or with `quickreply --show`.</source>
        <translation>이 세션에서는 프로그램이 전역 단축키를 쓸 수 없습니다. 트레이 아이콘이나 `quickreply --show`로 검색 창을 여세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="63" />
        <source>This session does not let programs send keys to other windows: a reply is put on the clipboard, paste it yourself with Ctrl+V.</source>
        <translation>이 세션에서는 프로그램이 다른 창에 키를 보낼 수 없습니다. 답변은 클립보드에 담기니 Ctrl+V로 직접 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="75" />
        <source>Typing the reply key by key ("type") is not possible here (on X11 it needs xdotool).</source>
        <translation>여기서는 답변을 한 글자씩 입력("type")할 수 없습니다(X11에서는 xdotool이 필요합니다).</translation>
    </message>
    <message>
        <location filename="../../desktop/capability_limits.py" line="87" />
        <source>This session does not let programs bring the chat window back to the front, so the answer cannot be inserted from here. Save it and paste it yourself.</source>
        <translation>이 세션에서는 프로그램이 채팅 창을 다시 앞으로 가져올 수 없어 여기서 답변을 넣을 수 없습니다. 저장한 뒤 직접 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="73" />
        <source>Note a question</source>
        <translation>질문 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="91" />
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="93" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="100" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="101" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="102" />
        <source>Shop</source>
        <translation>상점</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="103" />
        <source>Order number</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="104" />
        <source>Answer within</source>
        <translation>답변 기한</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="114" />
        <source>Reply “later” and save</source>
        <translation>'잠시 후 답변' 보내고 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="116" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="117" />
        <source>Save only</source>
        <translation>저장만</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="118" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="166" />
        <source>Sends: %1</source>
        <translation>보낼 내용: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="168" />
        <source>No holding reply: add one to the 稍后答复 group.</source>
        <translation>대기 안내 문구가 없습니다: '답변대기' 그룹에 하나 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/capture_form.py" line="174" />
        <source>Type or paste the customer's question</source>
        <translation>고객의 질문을 입력하거나 붙여 넣으세요</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop/core_messages.py" line="29" />
        <source>{name}: the picture is {size}; at most {limit} each.</source>
        <extracomment>(core wording, searched anywhere in the message) -&gt; the sentence to show instead.</extracomment>
        <translation>{name}: 그림 크기가 {size}입니다. 그림 한 장은 최대 {limit}까지입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="33" />
        <source>{name}: the picture claims too many pixels (a decompression bomb).</source>
        <translation>{name}: 그림의 픽셀 수가 너무 많습니다(압축 폭탄 의심). 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="39" />
        <source>{name} is not a picture (PNG, JPEG, GIF, WebP or BMP expected).</source>
        <translation>{name}은(는) 그림 파일이 아닙니다(PNG, JPEG, GIF, WebP, BMP만 가능).</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="45" />
        <source>{name}: the picture is damaged or incomplete.</source>
        <translation>{name}: 그림이 손상되었거나 일부만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="49" />
        <source>Cannot read the picture {name} ({why}).</source>
        <translation>그림 {name}을(를) 읽을 수 없습니다({why}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="56" />
        <source>{name}: the phrasebook's pictures would come to {total}; the limit is {limit}. Remove pictures no reply needs.</source>
        <translation>{name}: 추가하면 문구집의 그림이 {total}이(가) 됩니다. 한도는 {limit}입니다. 쓰지 않는 그림을 지워 주세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="64" />
        <source>{count} pictures on one reply; at most {limit}.</source>
        <translation>답변 하나에 그림이 {count}장입니다. 최대 {limit}장까지입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="68" />
        <source>The reply has {count} characters; at most {limit} (no chat client sends more in one message).</source>
        <translation>답변이 {count}자입니다. 최대 {limit}자까지입니다(채팅 프로그램은 한 메시지에 더 보내지 못합니다).</translation>
    </message>
    <message>
        <location filename="../../desktop/core_messages.py" line="76" />
        <source>The reply text is empty.</source>
        <translation>답변 내용이 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>CustomerBar</name>
    <message>
        <location filename="../../desktop/popup/customer_bar.py" line="19" />
        <source>As written</source>
        <extracomment>The languages a customer can be answered in, in Ctrl+L order; None = as each phrase is written.</extracomment>
        <translation>원문</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/customer_bar.py" line="43" />
        <source>Shop you are answering for</source>
        <translation>응대 중인 상점</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/customer_bar.py" line="48" />
        <source>Customer's language (Ctrl+L switches)</source>
        <translation>고객 언어 (Ctrl+L로 전환)</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="92" />
        <source>Data and backups</source>
        <translation>데이터와 백업</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="95" />
        <source>Phrasebook file</source>
        <translation>문구집 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="96" />
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="97" />
        <source>Use another folder…</source>
        <translation>다른 폴더 사용…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="98" />
        <location filename="../../desktop/settings/data_page.py" line="208" />
        <source>Check for damage</source>
        <translation>손상 검사</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="100" />
        <source>A full integrity check of the phrasebook file; it changes nothing.</source>
        <translation>문구집 파일 전체의 무결성을 검사합니다. 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="105" />
        <source>From the next start: {path}</source>
        <translation>다음 시작부터 사용: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="110" />
        <source>Another folder takes effect at once: the phrasebook is copied there (or the one already there is used). Backups are kept in the backups folder beside it.</source>
        <translation>다른 폴더는 바로 적용됩니다. 문구집을 그 폴더로 복사합니다(이미 있으면 그것을 씁니다). 백업은 옆의 backups 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="115" />
        <source>Backups are kept in the backups folder beside it.</source>
        <translation>백업은 옆의 backups 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="116" />
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="117" />
        <source>Back up every day</source>
        <translation>매일 백업</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="118" />
        <source>Keep</source>
        <translation>보관</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="119" />
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="120" />
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="121" />
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="138" />
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="139" />
        <source>manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="140" />
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="141" />
        <source>before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="160" />
        <source>Replace all phrases with the backup from {when}? The current phrases are backed up first, so this can be undone.</source>
        <translation>{when} 백업으로 모든 문구를 바꿀까요? 현재 문구를 먼저 백업하므로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="166" />
        <location filename="../../desktop/settings/data_page.py" line="176" />
        <location filename="../../desktop/settings/data_page.py" line="183" />
        <source>Restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="170" />
        <source>Not in this backup: {added} added and {edited} edited phrases, {uses} insertions, {notes} notebook entries. They stay in the copy made before restoring.</source>
        <translation>이 백업에 없는 내용: 추가된 문구 {added}개, 수정된 문구 {edited}개, 전송 기록 {uses}건, 메모 {notes}건. 복원 전에 만든 사본에 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="195" />
        <source>No damage found: the integrity check passed and all text is readable.</source>
        <translation>손상이 없습니다. 무결성 검사를 통과했고 모든 글자를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="198" />
        <source>An index is damaged. It is rebuilt the next time QuickReply starts (a copy of the file is kept first).</source>
        <translation>인덱스가 손상되었습니다. 다음에 QuickReply를 시작할 때 다시 만듭니다(먼저 파일 사본을 보관합니다).</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="203" />
        <source>The phrasebook file is damaged ({detail}). Quit QuickReply and start it again: it offers to salvage every phrase that can still be read.</source>
        <translation>문구집 파일이 손상되었습니다({detail}). QuickReply를 종료했다가 다시 시작하면 읽을 수 있는 모든 문구를 복구할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="218" />
        <source>Folder for the phrasebook</source>
        <translation>문구집 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/data_page.py" line="229" />
        <source>Use another folder</source>
        <translation>다른 폴더 사용</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/errors.py" line="80" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="84" />
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="91" />
        <source>Something went wrong. QuickReply keeps running and your phrases are safe.</source>
        <translation>문제가 발생했습니다. QuickReply는 계속 실행되며 문구는 안전합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="94" />
        <source>Details were written to {log}.</source>
        <translation>자세한 내용은 {log}에 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/file_dialogs.py" line="82" />
        <source>Folder</source>
        <extracomment>Big enough for the name, size, type and date columns side by side.</extracomment>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../desktop/file_dialogs.py" line="144" />
        <source>Look in:</source>
        <translation>찾는 위치:</translation>
    </message>
    <message>
        <location filename="../../desktop/file_dialogs.py" line="146" />
        <source>Files of type:</source>
        <translation>파일 형식:</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="64" />
        <source>+{n} more</source>
        <extracomment>Severity colors, readable on light and dark bases alike. More rows than this are summed up in one "+N more" line (the tooltip lists them all).</extracomment>
        <translation>{n}건 더</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="72" />
        <source>{category}: “{words}”</source>
        <translation>{category}: “{words}”</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="92" />
        <source>Suggestion: {text}</source>
        <translation>제안: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="97" />
        <source>Promise</source>
        <translation>보장 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="98" />
        <source>Absolute claim</source>
        <translation>절대적 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="99" />
        <source>Off-platform</source>
        <translation>외부 유도</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="100" />
        <source>Curt reply</source>
        <translation>퉁명스러운 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="101" />
        <source>No courtesy</source>
        <translation>존댓말 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/findings_view.py" line="102" />
        <source>Placeholder</source>
        <translation>자리표시자</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="64" />
        <source>General</source>
        <extracomment>Language setting values, shown in their own language (a lost user can still find theirs).</extracomment>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="69" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="69" />
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="69" />
        <source>At login</source>
        <translation>로그인 시</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="73" />
        <location filename="../../desktop/settings/general_page.py" line="74" />
        <source>Same as the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="74" />
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="74" />
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="77" />
        <source>Start QuickReply when I log in</source>
        <translation>로그인할 때 QuickReply 시작</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="78" />
        <source>Changes apply at once; no restart is needed.</source>
        <translation>변경 사항은 바로 적용되며 다시 시작할 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/general_page.py" line="88" />
        <source>Could not change the login start: {error}</source>
        <translation>로그인 시 시작 설정을 바꾸지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>GroupTree</name>
    <message>
        <location filename="../../desktop/manager/group_tree.py" line="77" />
        <source>All phrases</source>
        <extracomment>Mime type of a phrase drag from the phrase list: a JSON list of phrase ids. Item data role holding a group's path ("" for the "all phrases" row).</extracomment>
        <translation>전체 문구</translation>
    </message>
</context>
<context>
    <name>HotkeyDialog</name>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="34" />
        <source>QuickReply: no global hotkeys here</source>
        <extracomment>Shows a tray message: notify(title, text).</extracomment>
        <translation>QuickReply: 이 데스크톱에서는 전역 단축키를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="35" />
        <source>This desktop does not let programs use global hotkeys, so no key combination can open the popup. Bind the command `quickreply --show popup` to a keyboard shortcut in your desktop's settings, or open the popup from the tray icon.</source>
        <translation>이 데스크톱에서는 프로그램이 전역 단축키를 쓸 수 없어 어떤 키 조합으로도 검색창을 열 수 없습니다. 데스크톱 설정의 키보드 단축키에 `quickreply --show popup` 명령을 연결하거나, 트레이 아이콘에서 검색창을 여세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="58" />
        <source>Popup hotkey</source>
        <translation>검색창 단축키</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="59" />
        <source>Press the keys you want to use.</source>
        <translation>사용할 키 조합을 눌러 주세요.</translation>
    </message>
</context>
<context>
    <name>HotkeysPage</name>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="107" />
        <source>Hotkeys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="112" />
        <source>Click a box and press the new keys. A hotkey another program already uses is refused, and the old one stays active.</source>
        <translation>칸을 클릭하고 새 키를 누르세요. 다른 프로그램이 쓰는 단축키는 거부되고 기존 단축키가 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="121" />
        <source>Favourites: press the keys with 1 (e.g. Ctrl+Alt+1); 2 to 9 follow with the same keys.</source>
        <translation>즐겨찾기: 숫자 1과 함께 누르세요(예: Ctrl+Alt+1). 2~9도 같은 키 조합을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="131" />
        <source>Not active</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="157" />
        <source>{chord} is already QuickReply's hotkey for "{what}".</source>
        <translation>{chord}은(는) 이미 QuickReply의 "{what}" 단축키입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/hotkeys_page.py" line="168" />
        <source>Use Ctrl, Alt or the Windows key with it, so typing is not caught.</source>
        <translation>입력이 가로채지지 않도록 Ctrl, Alt 또는 Windows 키와 함께 쓰세요.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/import_dialog.py" line="58" />
        <location filename="../../desktop/import_dialog.py" line="281" />
        <source>Import phrases</source>
        <extracomment>Findings listed one per line under the table; the rest are summed up in a "+N more" line. Row texts rewritten by a click on a bracket (field &lt;-&gt; text), by line; imported so.</extracomment>
        <translation>문구 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="74" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="83" />
        <source>Skip duplicates</source>
        <translation>중복 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="84" />
        <source>Keep both</source>
        <translation>둘 다 유지</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="85" />
        <source>Update the existing phrase</source>
        <translation>기존 문구 업데이트</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="90" />
        <source>(ignore)</source>
        <translation>(무시)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="91" />
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="92" />
        <source>Shortcut code</source>
        <translation>단축 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="93" />
        <source>Phrase text</source>
        <translation>문구 내용</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="94" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="95" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="96" />
        <source>Customer questions</source>
        <translation>고객 질문 예시</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="97" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="98" />
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="99" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="103" />
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="104" />
        <source>Phrase</source>
        <translation>문구</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="104" />
        <source>Matches</source>
        <translation>일치 항목</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="104" />
        <source>Fields (click to switch)</source>
        <translation>입력 항목(클릭하여 전환)</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="118" />
        <source>Duplicates (same text, or same code in the same group):</source>
        <translation>중복 항목(같은 내용, 또는 같은 그룹의 같은 코드):</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="137" />
        <source>File: {name} — format: {format}</source>
        <translation>파일: {name} — 형식: {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="156" />
        <source>Column “{name}”:</source>
        <translation>열 “{name}”:</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="183" />
        <source>New: {a} · Updated: {u} · Unchanged: {s} · Duplicates: {d} (skipped: {k})</source>
        <translation>새 항목: {a} · 업데이트: {u} · 변경 없음: {s} · 중복: {d} (건너뜀: {k})</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="279" />
        <source>Phrase files</source>
        <translation>문구 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="280" />
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="70" />
        <source>Wording check:</source>
        <translation>표현 검사:</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="194" />
        <source>Row {n}</source>
        <translation>{n}행</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="200" />
        <source>New</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="201" />
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="202" />
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="203" />
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="206" />
        <source>same text</source>
        <translation>같은 내용</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="207" />
        <source>same code and group</source>
        <translation>같은 그룹·코드</translation>
    </message>
    <message>
        <location filename="../../desktop/import_dialog.py" line="208" />
        <source>same id</source>
        <translation>같은 ID</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="56" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="98" />
        <source>Edit {lang} text</source>
        <translation>{lang} 문구 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="139" />
        <source>Written by hand. Empty the box to remove it.</source>
        <translation>직접 쓴 문구입니다. 비우면 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="142" />
        <source>Converted automatically from {lang} (shown grey below); type to write your own.</source>
        <translation>{lang}에서 자동 변환됨(아래 회색 글씨). 직접 입력하면 내 버전이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/language_panel.py" line="145" />
        <source>Not written yet: customers reading this language get the {lang} text.</source>
        <translation>아직 없음: 이 언어의 고객에게는 {lang} 문구가 나갑니다.</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="58" />
        <source>Phrase manager</source>
        <translation>문구 관리</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="87" />
        <source>Phrases</source>
        <translation>문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="88" />
        <location filename="../../desktop/manager/manager_window.py" line="272" />
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="89" />
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="90" />
        <location filename="../../desktop/manager/manager_window.py" line="261" />
        <source>Proposals</source>
        <translation>제안 검토</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="96" />
        <source>Manage</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="100" />
        <location filename="../../desktop/manager/manager_window.py" line="189" />
        <source>New phrase</source>
        <translation>새 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="102" />
        <location filename="../../desktop/manager/manager_window.py" line="200" />
        <location filename="../../desktop/manager/manager_window.py" line="316" />
        <location filename="../../desktop/manager/manager_window.py" line="323" />
        <source>New group</source>
        <translation>새 그룹</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="104" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="106" />
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="108" />
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="113" />
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="115" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="139" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="140" />
        <source>CSV for Qianniu (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="141" />
        <source>QuickReply pack (*.jsonl)</source>
        <translation>퀵리플라이 문구 팩 (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="142" />
        <source>IME custom phrases (*.txt)</source>
        <translation>입력기 사용자 문구 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="145" />
        <location filename="../../desktop/manager/manager_window.py" line="151" />
        <source>Export phrases</source>
        <translation>문구 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="153" />
        <source>Exported %1 phrases</source>
        <translation>문구 %1개를 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="188" />
        <source>New reply</source>
        <translation>새 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="206" />
        <location filename="../../desktop/manager/manager_window.py" line="351" />
        <source>Rename group</source>
        <translation>그룹 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="209" />
        <source>Move group</source>
        <translation>그룹 이동</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="212" />
        <location filename="../../desktop/manager/manager_window.py" line="328" />
        <source>Delete group</source>
        <translation>그룹 삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="216" />
        <source>Move phrases</source>
        <translation>문구 이동</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="222" />
        <source>Delete phrases</source>
        <translation>문구 삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="225" />
        <source>Restore phrases</source>
        <translation>문구 복원</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="231" />
        <source>{n} phrases deleted forever</source>
        <translation>문구 {n}개를 영구 삭제했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="282" />
        <source>Edit phrase</source>
        <translation>문구 편집</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="307" />
        <source>Pictures not changed: %1</source>
        <translation>사진을 바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="316" />
        <location filename="../../desktop/manager/manager_window.py" line="345" />
        <location filename="../../desktop/manager/manager_window.py" line="351" />
        <source>Group name</source>
        <translation>그룹 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="325" />
        <location filename="../../desktop/manager/manager_window.py" line="345" />
        <source>New subgroup</source>
        <translation>새 하위 그룹</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="327" />
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="334" />
        <source>Move to group</source>
        <translation>그룹으로 이동</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/manager_window.py" line="335" />
        <source>Ungrouped</source>
        <translation>그룹 없음</translation>
    </message>
</context>
<context>
    <name>NotebookController</name>
    <message>
        <location filename="../../desktop/notebook/notebook_controller.py" line="146" />
        <source>Answer due: %1</source>
        <extracomment>How often the due query runs; a reminder is at most this late.</extracomment>
        <translation>답변 시간: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_controller.py" line="146" />
        <source>customer</source>
        <translation>고객</translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="83" />
        <source>Question notebook</source>
        <extracomment>Tabs: entry statuses, then the most-asked view. Closed statuses a question can go back to open from (a shared one lives in the team's book).</extracomment>
        <translation>질문 노트</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="121" />
        <source>Search questions, customers, answers</source>
        <translation>질문, 고객, 답변 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="241" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="242" />
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="239" />
        <location filename="../../desktop/notebook/notebook_window.py" line="242" />
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="164" />
        <source>Write the answer, or click a phrase above</source>
        <translation>답변을 쓰거나 위의 문구를 누르세요</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="165" />
        <source>Answer and insert into chat</source>
        <translation>답변하고 채팅창에 넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="167" />
        <source>Save answer</source>
        <translation>답변 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="168" />
        <source>Share with the team…</source>
        <translation>팀과 공유…</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="169" />
        <source>Dismiss</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="170" />
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="172" />
        <source>Back to the open questions, e.g. the customer asked again</source>
        <translation>답변 대기 질문으로 되돌립니다(예: 고객이 다시 물어본 경우)</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="189" />
        <source>Phrases that may answer it:</source>
        <translation>답이 될 만한 문구:</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="191" />
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="226" />
        <source>Open (%1)</source>
        <translation>대기 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="227" />
        <source>Answered</source>
        <translation>답변함</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="228" />
        <source>Shared</source>
        <translation>공유함</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="229" />
        <source>Dismissed</source>
        <translation>무시함</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="230" />
        <source>Most asked</source>
        <translation>자주 묻는 질문</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="239" />
        <source>Asked</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="239" />
        <source>Last asked</source>
        <translation>최근 질문</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="241" />
        <source>Closed</source>
        <translation>처리 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="258" />
        <source>overdue %1</source>
        <translation>기한 지남 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="265" />
        <source>asked %1 times this week</source>
        <translation>이번 주 %1번 물어봄</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="308" />
        <source>No question selected</source>
        <translation>선택한 질문 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="340" />
        <source>asked %1</source>
        <translation>질문 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="384" />
        <source>This question was deleted elsewhere.</source>
        <translation>이 질문은 다른 곳에서 삭제되었습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="397" />
        <source>This question was dismissed elsewhere. Reopen it first, then answer; your text is kept.</source>
        <translation>이 질문은 다른 곳에서 무시 처리되었습니다. 먼저 다시 열고 답변하세요. 작성한 답변은 그대로 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="402" />
        <source>This question was answered elsewhere; its answer is saved. Your text is kept: save again to replace that answer.</source>
        <translation>이 질문은 다른 곳에서 답변되어 저장되었습니다. 작성한 답변은 그대로 있으며, 다시 저장하면 그 답변을 대체합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="406" />
        <source>This question was already shared with the team elsewhere.</source>
        <translation>이 질문은 이미 다른 곳에서 팀에 공유되었습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="407" />
        <source>This question was reopened elsewhere; it is open again.</source>
        <translation>이 질문은 다른 곳에서 다시 열려 답변 대기 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/notebook_window.py" line="431" />
        <source>The answer was not saved: %1</source>
        <translation>답변을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="43" />
        <source>Type key by key</source>
        <extracomment>Image modes in the combos' order (per application, "as default" comes first).</extracomment>
        <translation>한 글자씩 입력</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="165" />
        <source>Pasting</source>
        <extracomment>Why pasting, or typing, is not offered here (None: it is).</extracomment>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="169" />
        <location filename="../../desktop/settings/paste_page.py" line="184" />
        <source>Paste with</source>
        <translation>붙여넣기 방식</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="170" />
        <source>Paste images</source>
        <translation>이미지 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="171" />
        <source>Wait before pasting</source>
        <translation>붙여넣기 전 대기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="172" />
        <source>Wait for the chat window's focus at most</source>
        <translation>채팅 창 포커스 최대 대기 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="173" />
        <source>Restore clipboard after</source>
        <translation>클립보드 복원 대기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="174" />
        <source>Restore at the latest after</source>
        <translation>늦어도 복원까지</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="184" />
        <source>Application</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="184" />
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="186" />
        <source>Applications that need another method:</source>
        <translation>다른 방식이 필요한 프로그램:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="187" />
        <source>Add application</source>
        <translation>프로그램 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="188" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="191" />
        <source>Application: the program name, e.g. WINWORD.EXE or xterm. "{type}" types the reply key by key, for chat boxes that block pasting.</source>
        <translation>프로그램: 프로그램 이름(예: WINWORD.EXE, xterm). "{type}"은 붙여넣기를 막는 채팅창을 위해 답변을 한 글자씩 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="203" />
        <source>As default</source>
        <translation>기본값과 같게</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="204" />
        <source>Text and image in one paste</source>
        <translation>텍스트와 이미지를 한 번에 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/paste_page.py" line="205" />
        <source>Text, then image</source>
        <translation>텍스트 다음 이미지</translation>
    </message>
</context>
<context>
    <name>PhraseEditor</name>
    <message>
        <location filename="../../desktop/manager/editor.py" line="87" />
        <source>Reply</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="88" />
        <source>My wording</source>
        <translation>내 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="89" />
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="90" />
        <source>Related</source>
        <translation>관련 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="112" />
        <source>Team version updated</source>
        <translation>팀 버전 업데이트됨</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="114" />
        <source>Compare your wording with the team's new text</source>
        <translation>내 표현과 팀의 새 문구 비교</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="122" />
        <source>Number key</source>
        <translation>숫자 키</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="127" />
        <source>Short title shown in lists</source>
        <translation>목록에 표시할 짧은 제목</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="128" />
        <source>The reply; placeholders like {客户}</source>
        <translation>답변 내용, {客户} 같은 자리표시자 사용 가능</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="132" />
        <source>e.g. fhsj</source>
        <translation>예: fhsj</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="133" />
        <source>Separated by commas</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="134" />
        <source>One customer question per line</source>
        <translation>한 줄에 고객 질문 하나</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="141" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="142" />
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="147" />
        <source>Pictures</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="148" />
        <source>Shortcut code</source>
        <translation>단축 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="149" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="150" />
        <source>Customer questions</source>
        <translation>고객 질문 예시</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="151" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="231" />
        <source>Not saved: the text is empty</source>
        <translation>저장 안 됨: 내용이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="238" />
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="302" />
        <source>Team phrase</source>
        <translation>팀 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="302" />
        <source>Personal phrase</source>
        <translation>개인 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="305" />
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/editor.py" line="313" />
        <source>Editing…</source>
        <translation>편집 중…</translation>
    </message>
</context>
<context>
    <name>PhraseList</name>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="146" />
        <source>Search: text, code, pinyin initials…</source>
        <extracomment>The number key (1-9) the phrase is pinned to, or None; drawn as a badge. True when the team rewrote a phrase she personalised; drawn as an orange badge. How many pictures the reply carries (0: none); drawn as a small picture badge.</extracomment>
        <translation>검색: 내용, 단축 코드, 초성…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="231" />
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="231" />
        <source>Personal</source>
        <translation>개인</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="233" />
        <source>Ungrouped</source>
        <translation>그룹 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="241" />
        <source>The team changed this phrase after you rewrote it</source>
        <translation>내가 고쳐 쓴 뒤 팀이 이 문구를 바꿨습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/phrase_list.py" line="243" />
        <source>Pictures: %1</source>
        <translation>사진: %1장</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="90" />
        <source>Add a related phrase</source>
        <translation>관련 문구 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="93" />
        <source>Search: text, code, pinyin initials…</source>
        <translation>검색: 내용, 단축 코드, 초성…</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="162" />
        <source>Add pictures…</source>
        <extracomment>Raw image formats another program may put on a drag or the clipboard, best first: their bytes are kept as they are (a JPEG stays a JPEG); otherwise Qt's image is saved as PNG.</extracomment>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="163" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="166" />
        <source>Move left (sent earlier)</source>
        <translation>왼쪽으로 (먼저 보냄)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="167" />
        <source>Move right (sent later)</source>
        <translation>오른쪽으로 (나중에 보냄)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="170" />
        <source>Drop or paste (Ctrl+V) pictures here</source>
        <translation>사진을 끌어 놓거나 붙여넣기(Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="260" />
        <source>Pictures (%1)</source>
        <translation>사진 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="260" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="262" />
        <location filename="../../desktop/manager/picture_strip.py" line="365" />
        <source>Add pictures</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="289" />
        <source>Only picture files on this computer can be added.</source>
        <translation>이 컴퓨터에 있는 사진 파일만 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="291" />
        <source>The clipboard holds no picture.</source>
        <translation>클립보드에 사진이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="311" />
        <source>Remove pictures</source>
        <translation>사진 삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="332" />
        <source>Reorder pictures</source>
        <translation>사진 순서 변경</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="356" />
        <source>Picture not added: %1</source>
        <translation>사진을 추가하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="361" />
        <source>This picture is already on the reply.</source>
        <translation>이 사진은 이미 답변에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="381" />
        <source>The pictures were changed elsewhere; shown again as they are now.</source>
        <translation>사진이 다른 곳에서 바뀌어 지금 상태로 다시 표시했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="422" />
        <source>Picture links (not downloaded):</source>
        <translation>사진 링크 (내려받지 않음):</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/picture_strip.py" line="441" />
        <source>A team phrase: only a supervisor changes its pictures</source>
        <translation>팀 문구: 사진은 관리자만 바꿀 수 있습니다</translation>
    </message>
</context>
<context>
    <name>PinSelector</name>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="50" />
        <source>Insert this phrase with Ctrl+Alt+number, without the popup</source>
        <translation>Ctrl+Alt+숫자로 팝업 없이 이 문구를 바로 입력</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="63" />
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="81" />
        <source>Pin to a number key</source>
        <translation>숫자 키에 고정</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="81" />
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
</context>
<context>
    <name>PopupHotkey</name>
    <message>
        <location filename="../../desktop/popup/popup_hotkey.py" line="68" />
        <source>{chord} is already used by another program. Choose another.</source>
        <translation>{chord}는 다른 프로그램이 이미 사용 중입니다. 다른 키를 골라 주세요.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/phrase_widgets/reply_preview.py" line="72" />
        <source>Preview</source>
        <extracomment>Text of a field the agent still has to fill: a warm red that reads on light and dark bases. A note about the reply itself (e.g. no text in the customer's language): amber, not alarm red. Background of text that came from a field (typed or default), a translucent blue.</extracomment>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/reply_preview.py" line="84" />
        <source>Fill in</source>
        <translation>빈칸 채우기</translation>
    </message>
    <message>
        <location filename="../../desktop/phrase_widgets/reply_preview.py" line="237" />
        <source>Required</source>
        <translation>필수</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="49" />
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="53" />
        <source>Nickname</source>
        <translation>닉네임</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="54" />
        <source>Shops</source>
        <translation>상점</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="55" />
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="56" />
        <source>Greeting</source>
        <translation>호칭</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="57" />
        <source>Emoticon</source>
        <translation>이모티콘</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="61" />
        <source>Flagship store, Outlet store</source>
        <translation>공식 스토어, 아울렛</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="62" />
        <source>How customers see you, e.g. Xiaomei</source>
        <translation>고객에게 보이는 이름, 예: 지수</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/profile_page.py" line="65" />
        <source>These fill the placeholders in replies: {agent}, {shop}, {signature}, {customer} and {emoticon}. They stay on this computer.</source>
        <translation>답변의 자리 표시자 {상담원}, {상점}, {signature}, {고객}, {emoticon}에 채워집니다. 이 컴퓨터에만 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="43" />
        <source>Share with the team</source>
        <translation>팀과 공유</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="50" />
        <source>Add it to the phrasebook now (I decide for the team)</source>
        <translation>지금 문구집에 추가 (팀 대신 제가 결정)</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="58" />
        <source>Send proposal</source>
        <translation>제안 보내기</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="67" />
        <source>Customer data removed</source>
        <translation>지운 고객 정보</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="71" />
        <source>No customer data found. Check the text below.</source>
        <translation>고객 정보를 찾지 못했습니다. 아래 내용을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="86" />
        <source>Customer question</source>
        <translation>고객 질문</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="87" />
        <source>Reply</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="91" />
        <source>Where it goes</source>
        <translation>추가할 곳</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="93" />
        <source>A new phrase in group</source>
        <translation>새 문구로 추가할 그룹</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="97" />
        <source>An example question of this phrase:</source>
        <translation>이 문구의 예시 질문으로:</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="99" />
        <source>Search phrases</source>
        <translation>문구 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/notebook/promote_dialog.py" line="123" />
        <source>Choose the phrase that answers this question.</source>
        <translation>이 질문에 답하는 문구를 고르세요.</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="87" />
        <source>One customer question per line</source>
        <translation>한 줄에 고객 질문 하나</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="91" />
        <source>✓ No risky wording found</source>
        <translation>✓ 위험한 표현이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="93" />
        <source>Note to the agent (required to reject)</source>
        <translation>상담원에게 남길 메모(반려 시 필수)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="94" />
        <source>Accept</source>
        <translation>채택</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="96" />
        <source>Reject</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="99" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="100" />
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="101" />
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="103" />
        <source>Wording check</source>
        <translation>표현 점검</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="104" />
        <source>Customer questions</source>
        <translation>고객 질문 예시</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="105" />
        <source>Add to phrase</source>
        <translation>추가할 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="106" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="179" />
        <source>Accepted: “{name}” is in the team phrasebook</source>
        <translation>채택됨: “{name}”이(가) 팀 문구집에 추가되었습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="195" />
        <source>Rejected; the agent sees your note</source>
        <translation>반려했습니다. 상담원이 메모를 보게 됩니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="286" />
        <source>(the phrase no longer exists)</source>
        <translation>(이 문구는 더 이상 없습니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="290" />
        <source>an agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="291" />
        <source>From {author} · {when}</source>
        <translation>{author} · {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="300" />
        <source>New phrase</source>
        <translation>새 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="301" />
        <source>New customer question for an existing phrase</source>
        <translation>기존 문구에 고객 질문 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="306" />
        <source>Nothing to review. Answers promoted from the notebook appear here for the supervisor to accept, edit or reject.</source>
        <translation>검토할 제안이 없습니다. 노트에서 올린 답변이 여기에 나타나며, 관리자가 채택·수정·반려합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="309" />
        <source>No proposals here yet.</source>
        <translation>아직 제안이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="312" />
        <source>Pending</source>
        <translation>검토 대기</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="312" />
        <source>Accepted</source>
        <translation>채택됨</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/proposals_view.py" line="312" />
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
</context>
<context>
    <name>QuickReply</name>
    <message>
        <location filename="../../desktop/app.py" line="237" />
        <source>Press {chord} in a chat window to search replies.</source>
        <extracomment>After the popup shows, before reading the agent's clipboard ahead (after its first paint). After start, before warming what the first insertion needs (lets the tray and hotkey settle).</extracomment>
        <translation>채팅 창에서 {chord}를 누르면 문구를 검색합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="240" />
        <source>The popup hotkey could not be registered.</source>
        <translation>검색창 단축키를 등록하지 못했습니다. 다른 키를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="260" />
        <source>Used by another program, so they stay off: {chords}</source>
        <translation>다른 프로그램이 사용 중이라 꺼 두었습니다: {chords}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="261" />
        <location filename="../../desktop/app.py" line="337" />
        <source>Favourite keys</source>
        <translation>즐겨찾기 단축키</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="334" />
        <source>Nothing is pinned to Ctrl+Alt+{n}: pin a reply in the phrase manager</source>
        <translation>Ctrl+Alt+{n}에 고정된 답변이 없습니다: 문구 관리에서 고정하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="357" />
        <source>The chat window did not take the reply. Click here (or tray menu → Paste the last reply again) to paste it again.</source>
        <translation>채팅 창이 답변을 받지 못했습니다. 여기를 누르면(또는 트레이 메뉴 → 마지막 답변 다시 붙여넣기) 다시 붙여 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="360" />
        <source>Not pasted</source>
        <translation>붙여 넣지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="366" />
        <source>Not inserted</source>
        <translation>입력하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="238" />
        <location filename="../../desktop/app.py" line="368" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="147" />
        <source>After you insert this phrase, the popup offers these next (问一答三).</source>
        <translation>이 문구를 입력한 뒤 팝업이 다음으로 이 문구들을 추천합니다(问一答三).</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="152" />
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="153" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="182" />
        <source>Link related phrase</source>
        <translation>관련 문구 연결</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/pins_links.py" line="189" />
        <source>Remove related phrase</source>
        <translation>관련 문구 제거</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="32" />
        <location filename="../../desktop/repair_dialog.py" line="54" />
        <location filename="../../desktop/repair_dialog.py" line="61" />
        <location filename="../../desktop/repair_dialog.py" line="69" />
        <location filename="../../desktop/repair_dialog.py" line="79" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="33" />
        <source>The phrasebook file is damaged.</source>
        <translation>문구집 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="36" />
        <source>Salvage copies every phrase that can still be read into a fresh phrasebook; the damaged file is kept in the backups folder. Details: {error}</source>
        <translation>복구하기는 아직 읽을 수 있는 모든 문구를 새 문구집으로 옮기고, 손상된 파일은 백업 폴더에 보관합니다. 자세히: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="40" />
        <source>Salvage</source>
        <translation>복구하기</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="44" />
        <source>Restore the latest backup</source>
        <translation>최근 백업 복원</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="46" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="57" />
        <source>Salvaged: {summary}. The damaged file was kept as {kept}.</source>
        <translation>복구했습니다: {summary}. 손상된 파일은 {kept}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/repair_dialog.py" line="73" />
        <source>Restored the backup {backup}. Changes made after it are not in it; the damaged file was kept as {kept}.</source>
        <translation>백업 {backup}을(를) 복원했습니다. 그 이후의 변경은 들어 있지 않으며, 손상된 파일은 {kept}(으)로 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="156" />
        <location filename="../../desktop/popup/search_popup.py" line="536" />
        <source>QuickReply</source>
        <extracomment>Fonts tried for CJK and Hangul after the system UI font, best-looking first per OS. How long after an insertion the popup offers follow-ups (one customer's next question). The clock follow-ups are timed with (tests replace it). How long typing pauses before a search runs (a soak run sets 0: one search a cycle).</extracomment>
        <translation>퀵리플라이</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="188" />
        <location filename="../../desktop/popup/search_popup.py" line="537" />
        <source>Search replies: code, pinyin or words</source>
        <translation>문구 검색: 코드, 초성 또는 단어</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="217" />
        <location filename="../../desktop/popup/search_popup.py" line="540" />
        <source>Enter insert · Shift+Enter copy · Ctrl+1-9 pick · Tab fields · Ctrl+L language · Esc close</source>
        <translation>Enter 입력 · Shift+Enter 복사 · Ctrl+1-9 선택 · Tab 빈칸 · Ctrl+L 언어 · Esc 닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="319" />
        <source>Fill in first: {field} (Ctrl+Shift+Enter pastes it as written)</source>
        <translation>먼저 입력하세요: {field} (Ctrl+Shift+Enter는 적힌 그대로 붙여 넣습니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="384" />
        <source>Usually sent next</source>
        <translation>다음에 자주 보내는 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="384" />
        <source>Frequently used</source>
        <translation>자주 쓰는 답변</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="415" />
        <source>No phrasebook open</source>
        <translation>열린 문구집이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="417" />
        <source>No reply matches “{query}”</source>
        <translation>“{query}”에 맞는 문구가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="419" />
        <source>No replies yet: add some in the phrase editor</source>
        <translation>아직 문구가 없습니다. 문구 관리에서 추가하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="435" />
        <source>No Korean text: pasting the original</source>
        <translation>한국어 문구가 없어 원문을 붙여 넣습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="436" />
        <source>No English text: pasting the original</source>
        <translation>영어 문구가 없어 원문을 붙여 넣습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="437" />
        <source>No Traditional Chinese text: pasting the original</source>
        <translation>번체 중국어 문구가 없어 원문을 붙여 넣습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup/search_popup.py" line="438" />
        <source>No Simplified Chinese text: pasting the original</source>
        <translation>간체 중국어 문구가 없어 원문을 붙여 넣습니다</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="123" />
        <source>Open the search popup</source>
        <translation>검색 창 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="130" />
        <source>Note the customer's question</source>
        <translation>고객 질문 메모</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="137" />
        <source>Insert favourite 1 to 9</source>
        <translation>즐겨찾기 1~9 입력</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="148" />
        <source>Press the keys together with 1, e.g. Ctrl+Alt+1.</source>
        <translation>숫자 1과 함께 누르세요. 예: Ctrl+Alt+1.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="156" />
        <source>Used by another program: {chords}</source>
        <translation>다른 프로그램이 사용 중: {chords}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="193" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/settings_controller.py" line="194" />
        <source>Diagnostics copied. They hold no phrases and no customer data.</source>
        <translation>진단 정보를 복사했습니다. 문구나 고객 정보는 포함되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../desktop/settings/settings_window.py" line="134" />
        <source>QuickReply Settings</source>
        <translation>QuickReply 설정</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="49" />
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="50" />
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="51" />
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="52" />
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="59" />
        <source>Shop</source>
        <translation>상점</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="61" />
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="72" />
        <source>Most used</source>
        <translation>가장 많이 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="73" />
        <source>Least used</source>
        <translation>가장 적게 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="74" />
        <source>Unused for 90 days (candidates to prune)</source>
        <translation>90일간 미사용 (정리 후보)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="75" />
        <source>What I insert most</source>
        <translation>내가 가장 많이 보낸 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="99" />
        <source>{uses} insertions · {used} of {total} phrases used</source>
        <translation>{uses}회 전송 · 문구 {total}개 중 {used}개 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Phrase</source>
        <translation>문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Uses</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="120" />
        <source>Last used</source>
        <translation>최근 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/stats_view.py" line="164" />
        <source>All shops</source>
        <translation>모든 상점</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/team_sync.py" line="149" />
        <source>server unreachable</source>
        <translation>동기화 서버에 연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="151" />
        <source>team folder not found</source>
        <translation>팀 폴더를 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="157" />
        <source>Team sync: syncing…</source>
        <translation>팀 동기화: 동기화 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="159" />
        <source>Team sync: not yet</source>
        <translation>팀 동기화: 아직 안 함</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="161" />
        <source>Team sync failed: %1</source>
        <translation>팀 동기화 실패: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="164" />
        <source>Team sync: %1</source>
        <translation>팀 동기화: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="167" />
        <source> · %1 to send</source>
        <translation> · 보낼 항목 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="169" />
        <source> · %1 conflicts</source>
        <translation> · 충돌 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="172" />
        <source> · %1 files set aside</source>
        <translation> · 파일 %1개 격리됨</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="175" />
        <source> · behind %1</source>
        <translation> · %1보다 뒤처짐</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="177" />
        <source> · check needed</source>
        <translation> · 확인 필요</translation>
    </message>
    <message>
        <location filename="../../desktop/team_sync.py" line="188" />
        <source>%1: seen %2, applied %3</source>
        <translation>%1: 확인 %2, 적용 %3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="94" />
        <source>Team sync</source>
        <translation>팀 동기화</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="97" />
        <source>Your team</source>
        <translation>내 팀</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="99" />
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="100" />
        <source>Your role</source>
        <translation>내 역할</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="101" />
        <source>Shared through</source>
        <translation>공유 위치</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="102" />
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="103" />
        <source>Last sync</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="107" />
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="108" />
        <source>Invite a member…</source>
        <translation>멤버 초대…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="111" />
        <source>Share the team's replies through a shared folder (a synced or network drive) or a sync server. Your supervisor gives you a join code; or start a team and invite your agents.</source>
        <translation>공유 폴더(동기화·네트워크 드라이브)나 동기화 서버로 팀 문구를 공유합니다. 관리자에게 참여 코드를 받거나, 팀을 만들어 상담원을 초대하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="116" />
        <source>Join a team</source>
        <translation>팀 참여</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="116" />
        <source>Join code</source>
        <translation>참여 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="116" />
        <source>Join</source>
        <translation>참여</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="118" />
        <source>Start a team</source>
        <translation>새 팀 시작</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="118" />
        <source>Team name</source>
        <translation>팀 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="118" />
        <source>Create team</source>
        <translation>팀 만들기</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="142" />
        <source>server {url}</source>
        <translation>서버 {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="144" />
        <source>folder {path}</source>
        <translation>폴더 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="155" />
        <source> (you)</source>
        <translation> (나)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="159" />
        <source>supervisor</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="159" />
        <source>agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="160" />
        <source>not known yet</source>
        <translation>아직 모름</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="164" />
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="168" />
        <source>{when}: sent {sent}, received {received}, conflicts {conflicts}, quarantined {quarantined}</source>
        <translation>{when}: 보냄 {sent}, 받음 {received}, 충돌 {conflicts}, 격리 {quarantined}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="190" />
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_page.py" line="269" />
        <source>Give this code to one new agent.</source>
        <translation>이 코드를 새 상담원 한 명에게 전달하세요.</translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <location filename="../../desktop/settings/sync_forms.py" line="61" />
        <location filename="../../desktop/settings/sync_forms.py" line="66" />
        <source>Shared folder</source>
        <translation>공유 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_forms.py" line="62" />
        <source>A synced or network folder, or https://server</source>
        <translation>동기화·네트워크 폴더 또는 https://서버</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/sync_forms.py" line="63" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
</context>
<context>
    <name>TeamMessages</name>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="25" />
        <source>This phrasebook is already in team “{name}”.</source>
        <translation>이미 “{name}” 팀에 속해 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="29" />
        <source>This phrasebook is not in a team yet.</source>
        <translation>이 문구집은 아직 팀에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="33" />
        <source>Only the computer that created the team can do this.</source>
        <translation>팀을 만든 컴퓨터에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="37" />
        <source>This join code is not for this team, or it was withdrawn.</source>
        <translation>이 참여 코드는 이 팀의 것이 아니거나 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="43" />
        <source>This join code was already used; ask your supervisor for a new one.</source>
        <translation>이미 사용된 참여 코드입니다. 관리자에게 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="49" />
        <source>This is not a QuickReply join code (it starts with QR1-).</source>
        <translation>QuickReply 참여 코드가 아닙니다 (QR1-로 시작합니다).</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="55" />
        <source>The join code is damaged; copy it again.</source>
        <translation>참여 코드가 손상되었습니다. 다시 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="59" />
        <source>Choose a shared folder, or type a server address.</source>
        <translation>공유 폴더를 고르거나 서버 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="63" />
        <source>The shared folder was not found: {path}</source>
        <translation>공유 폴더를 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="67" />
        <source>This folder already holds a team; join it with a join code instead.</source>
        <translation>이 폴더에는 이미 팀이 있습니다. 참여 코드로 참여하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="73" />
        <source>The team file (team.json) in the shared place is missing or damaged.</source>
        <translation>공유 위치의 팀 파일(team.json)이 없거나 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings/team_messages.py" line="79" />
        <source>The team uses a newer QuickReply; please update.</source>
        <translation>팀이 더 새로운 QuickReply를 사용합니다. 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="44" />
        <source>Deleted phrases stay here until you delete them forever.</source>
        <translation>삭제한 문구는 영구 삭제할 때까지 여기에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="50" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="51" />
        <source>Delete forever</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="52" />
        <source>Empty trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="99" />
        <source>Delete the selected phrases forever? This cannot be undone.</source>
        <translation>선택한 문구를 영구 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="104" />
        <source>Empty the trash? This cannot be undone.</source>
        <translation>휴지통을 비울까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/trash_view.py" line="115" />
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="50" />
        <location filename="../../desktop/tray.py" line="96" />
        <source>Phrase manager…</source>
        <translation>문구 관리…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="52" />
        <location filename="../../desktop/tray.py" line="97" />
        <source>Active shop</source>
        <translation>현재 상점</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="54" />
        <location filename="../../desktop/tray.py" line="98" />
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="56" />
        <location filename="../../desktop/tray.py" line="99" />
        <source>Pause hotkeys</source>
        <translation>단축키 일시 중지</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="58" />
        <location filename="../../desktop/tray.py" line="100" />
        <source>Copy diagnostics</source>
        <translation>진단 정보 복사</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="60" />
        <location filename="../../desktop/tray.py" line="101" />
        <source>Quit QuickReply</source>
        <translation>퀵리플라이 종료</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="65" />
        <source>Import phrases…</source>
        <translation>문구 가져오기…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="74" />
        <location filename="../../desktop/tray.py" line="102" />
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="85" />
        <location filename="../../desktop/tray.py" line="103" />
        <source>Paste the last reply again</source>
        <translation>마지막 답변 다시 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="110" />
        <source>Question notebook</source>
        <translation>질문 노트</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="113" />
        <source> (%1 open, %2 overdue)</source>
        <translation> (답변 대기 %1, 기한 지남 %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="118" />
        <source> (%1 open)</source>
        <translation> (답변 대기 %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="146" />
        <source>Search phrases</source>
        <translation>문구 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="148" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
    </message>
</context>
<context>
    <name>VariantCompareDialog</name>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="69" />
        <source>Team version changed</source>
        <translation>팀 버전이 바뀌었습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="94" />
        <source>The team rewrote this phrase after you made it your own. Your wording is still used; compare and decide.</source>
        <translation>내 표현으로 바꾼 뒤 팀이 이 문구를 다시 썼습니다. 지금은 내 표현이 쓰입니다. 비교해서 정하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="100" />
        <source>My wording</source>
        <translation>내 표현</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="101" />
        <source>Team's current text</source>
        <translation>팀의 현재 문구</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="109" />
        <source>The team text you rewrote (struck through: what the team removed)</source>
        <translation>내가 고쳐 쓴 원래 팀 문구(취소선: 팀이 지운 부분)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="111" />
        <source>The team text you rewrote is not known</source>
        <translation>내가 고쳐 쓴 원래 팀 문구를 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="115" />
        <source>Merge by hand (starts from your wording)</source>
        <translation>직접 합치기(내 표현에서 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="121" />
        <source>Keep mine</source>
        <translation>내 것 유지</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="122" />
        <source>Take theirs</source>
        <translation>팀 버전 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="123" />
        <source>Save merged text</source>
        <translation>합친 문구 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_compare.py" line="128" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>VariantPanel</name>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="66" />
        <source>Compare with the team version…</source>
        <translation>팀 버전과 비교…</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="67" />
        <source>Use the team text again</source>
        <translation>팀 문구로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="107" />
        <source>Edit my wording</source>
        <translation>내 표현 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="128" />
        <source>Kept your wording</source>
        <translation>내 표현을 유지했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="132" />
        <source>Merge with the team version</source>
        <translation>팀 버전과 합치기</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="136" />
        <source>Saved the merged text</source>
        <translation>합친 문구를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="143" />
        <source>Take the team version</source>
        <translation>팀 버전 사용</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="145" />
        <source>Using the team text again</source>
        <translation>팀 문구를 다시 사용합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="162" />
        <source>Team text: {text}</source>
        <translation>팀 문구: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="168" />
        <source>A personal phrase is already yours: edit its text on the Reply tab.</source>
        <translation>개인 문구는 이미 내 것입니다: '답변' 탭에서 내용을 수정하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="171" />
        <source>The team changed this phrase after you rewrote it. Your wording is still used; compare to keep it, take the team's, or merge.</source>
        <translation>내가 고쳐 쓴 뒤 팀이 이 문구를 바꿨습니다. 지금은 내 표현이 쓰입니다. 비교해서 유지하거나, 팀 것을 쓰거나, 합치세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/manager/variant_panel.py" line="175" />
        <source>Say this team phrase your way: search and insertion use your wording, team updates never overwrite it. Leave it empty to use the team text.</source>
        <translation>이 팀 문구를 내 말투로 바꿔 보세요: 검색과 입력은 내 표현을 쓰고, 팀이 수정해도 덮어쓰지 않습니다. 비워 두면 팀 문구를 씁니다.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/welcome.py" line="21" />
        <source>Welcome to QuickReply</source>
        <translation>퀵리플라이에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="24" />
        <source>Press &lt;b&gt;{hotkey}&lt;/b&gt; in any chat window to search your replies; Enter pastes the chosen one.&lt;br&gt;Tell us how to sign your replies (you can change it later).</source>
        <translation>채팅 창에서 &lt;b&gt;{hotkey}&lt;/b&gt;를 누르면 문구를 검색하고, Enter로 입력합니다.&lt;br&gt;답변에 쓸 닉네임과 상점 이름을 알려 주세요(나중에 바꿀 수 있어요).</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="29" />
        <source>e.g. Xiaomei</source>
        <translation>예: 민지</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="30" />
        <source>e.g. your shop's name</source>
        <translation>예: 상점 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="32" />
        <source>Your nickname</source>
        <translation>상담원 닉네임</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="33" />
        <source>Shop name</source>
        <translation>상점 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="35" />
        <source>Start</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome.py" line="36" />
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
</context>
</TS>