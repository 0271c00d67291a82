<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>HotkeyDialog</name>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="33" />
        <source>Popup hotkey</source>
        <translation>검색창 단축키</translation>
    </message>
    <message>
        <location filename="../../desktop/hotkey_dialog.py" line="34" />
        <source>Press the keys you want to use.</source>
        <translation>사용할 키 조합을 눌러 주세요.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/preview.py" line="57" />
        <source>Preview</source>
        <extracomment>Text of a field the agent still has to fill: a warm red that reads on light and dark bases. Background of text that came from a field (typed or default), a translucent blue.</extracomment>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../desktop/preview.py" line="62" />
        <source>Fill in</source>
        <translation>빈칸 채우기</translation>
    </message>
    <message>
        <location filename="../../desktop/preview.py" line="169" />
        <source>Required</source>
        <translation>필수</translation>
    </message>
</context>
<context>
    <name>QuickReply</name>
    <message>
        <location filename="../../desktop/app.py" line="102" />
        <source>{chord} is already used by another program. Choose another.</source>
        <translation>{chord}는 다른 프로그램이 이미 사용 중입니다. 다른 키를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="174" />
        <source>Not inserted</source>
        <translation>입력하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="176" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/popup.py" line="141" />
        <source>QuickReply</source>
        <extracomment>Fonts tried for CJK and Hangul after the system UI font, best-looking first per OS.</extracomment>
        <translation>퀵리플라이</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="166" />
        <source>Search replies: code, pinyin or words</source>
        <translation>문구 검색: 코드, 초성 또는 단어</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="194" />
        <source>Enter insert · Shift+Enter copy · Ctrl+1-9 pick · Tab fields · Esc close</source>
        <translation>Enter 입력 · Shift+Enter 복사 · Ctrl+1-9 선택 · Tab 빈칸 · Esc 닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="254" />
        <source>Fill in first: {field}</source>
        <translation>먼저 입력해 주세요: {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="291" />
        <source>No phrasebook open</source>
        <translation>열린 문구집이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="293" />
        <source>No reply matches “{query}”</source>
        <translation>“{query}”에 맞는 문구가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/popup.py" line="295" />
        <source>No replies yet: add some in the phrase editor</source>
        <translation>아직 문구가 없습니다. 문구 관리에서 추가하세요</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/tray.py" line="35" />
        <source>Active shop</source>
        <translation>현재 상점</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="37" />
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="39" />
        <source>Pause hotkeys</source>
        <translation>단축키 일시 중지</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="41" />
        <source>Quit QuickReply</source>
        <translation>퀵리플라이 종료</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="59" />
        <source>Search phrases</source>
        <translation>문구 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/tray.py" line="61" />
        <source>QuickReply</source>
        <translation>퀵리플라이</translation>
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
<context>
    <name>quickreply</name>
    <message>
        <location filename="../../desktop/launcher.py" line="122" />
        <source>Press {chord} in a chat window to search replies.</source>
        <translation>채팅 창에서 {chord}를 누르면 문구를 검색합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/launcher.py" line="127" />
        <source>The popup hotkey could not be registered.</source>
        <translation>검색창 단축키를 등록하지 못했습니다. 다른 키를 골라 주세요.</translation>
    </message>
</context>
</TS>