"""Each format's reader on real files written by the test: spreadsheets, IME lists, documents,
Espanso, TextExpander."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from files import write_docx, write_xlsx  # noqa: E402

from phrasebook import Phrasebook, importing  # noqa: E402
from phrasebook.errors import PackError  # noqa: E402

QIANNIU = (
    "分组名称,快捷编码,快捷短语,图片\n售前,hy,亲，欢迎光临【店铺名】~,\n"
    "售后/退换,th,亲，退货地址已发您,a.png\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_qianniu_csv_in_every_encoding_excel_saves(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "q.csv"
    path.write_bytes(QIANNIU.encode(encoding))
    source = importing.read(path)
    assert [(r.group, r.code, r.text) for r in source.records] == [
        ("售前", "hy", "亲，欢迎光临【店铺名】~"),
        ("售后/退换", "th", "亲，退货地址已发您"),
    ]
    assert source.records[1].extra == {"image": "a.png"}
    assert source.mapping == {
        "分组名称": "group",
        "快捷编码": "code",
        "快捷短语": "text",
        "图片": "image",
    }


def test_english_headers_tags_lang_and_a_title_row_above(tmp_path: Path) -> None:
    path = tmp_path / "team.csv"
    path.write_text(
        "Team phrases 2024\nCategory,Shortcut,Content,Title,Tags,Lang\n"
        'Refunds,rf,We will refund you today.,Refund,"money, refund",en\n',
        encoding="utf-8",
    )
    (rec,) = importing.read(path).records
    assert (rec.group, rec.code, rec.title, rec.tags, rec.lang) == (
        "Refunds",
        "rf",
        "Refund",
        ("money", "refund"),
        "en",
    )
    assert rec.line == 3


def test_unknown_header_is_mapped_by_the_user(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("类目,常用回复\n物流,亲，今天发货哦\n", encoding="utf-8")
    detected = importing.detect(path)
    assert detected.headers == ("类目", "常用回复") and detected.records == ()
    assert detected.mapping == {"类目": "", "常用回复": ""}
    assert "map the columns" in detected.notes[0]
    source = importing.read(path, mapping={"类目": "group", "常用回复": "text"})
    assert [(r.group, r.text) for r in source.records] == [("物流", "亲，今天发货哦")]


def test_mapping_names_only_real_columns_and_fields(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(QIANNIU, encoding="utf-8")
    with pytest.raises(PackError, match="no column '话术'"):
        importing.read(path, mapping={"话术": "text"})
    with pytest.raises(PackError, match="unknown field 'body'"):
        importing.read(path, mapping={"快捷短语": "body"})
    ignored = importing.read(path, mapping={"快捷编码": ""})
    assert [r.code for r in ignored.records] == ["", ""]


def test_xlsx_reads_formulas_as_text_and_numbers_plainly(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "q.xlsx",
        [
            ["分组", "编码", "话术"],
            ["售前", 1001, "亲，在的哦"],
            ["售前", "x", '=HYPERLINK("http://evil","click")'],
            [None, None, None],
        ],
    )
    source = importing.read(path)
    assert [(r.code, r.text) for r in source.records] == [
        ("1001", "亲，在的哦"),
        ("x", '=HYPERLINK("http://evil","click")'),
    ]


def test_xlsx_finds_the_sheet_with_the_header(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    assert book.active is not None
    book.active.append(["说明：第二个表是短语"])
    book.create_sheet("短语").append(["快捷短语"])
    book["短语"].append(["亲，您好"])
    book.save(tmp_path / "two.xlsx")
    assert [r.text for r in importing.read(tmp_path / "two.xlsx").records] == ["亲，您好"]


def test_sogou_phrases_with_comments_positions_and_multiline(tmp_path: Path) -> None:
    path = tmp_path / "PhraseEdit.txt"
    path.write_bytes(
        ";搜狗自定义短语\r\nhy,1=亲，欢迎光临\r\nfh,2=亲，今天发货\r\n第二行也是\r\n".encode("gbk")
    )
    source = importing.read(path)
    assert source.format == "ime"
    assert [(r.code, r.text, r.extra) for r in source.records] == [
        ("hy", "亲，欢迎光临", {}),
        ("fh", "亲，今天发货\n第二行也是", {"ime_position": 2}),
    ]


def test_rime_custom_phrases(tmp_path: Path) -> None:
    path = tmp_path / "custom_phrase.txt"
    path.write_text("# Rime\n亲，欢迎光临\thy\t1\n亲，在的\tzd\n", encoding="utf-8")
    assert [(r.code, r.text) for r in importing.read(path).records] == [
        ("hy", "亲，欢迎光临"),
        ("zd", "亲，在的"),
    ]


def test_espanso_matches_and_skipped_specials(tmp_path: Path) -> None:
    path = tmp_path / "base.yml"
    path.write_text(
        "matches:\n"
        "  - trigger: ':hi'\n    replace: 'Hello, welcome!'\n    label: Greeting\n"
        "  - triggers: [':ty', ':thx']\n    replace: |\n      Thank you!\n      Bye\n"
        "  - trigger: ':img'\n    image_path: /tmp/x.png\n",
        encoding="utf-8",
    )
    source = importing.read(path)
    assert [(r.code, r.text, r.title) for r in source.records] == [
        (":hi", "Hello, welcome!", "Greeting"),
        (":ty", "Thank you!\nBye\n", ""),
    ]
    assert "1 matches" in source.notes[0]


def test_espanso_yaml_cannot_build_objects(tmp_path: Path) -> None:
    path = tmp_path / "evil.yml"
    path.write_text("matches: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    with pytest.raises(PackError, match="not valid YAML"):
        importing.read(path)


def test_textexpander_csv(tmp_path: Path) -> None:
    path = tmp_path / "te.csv"
    path.write_text('ty,"Thank you,\nfriend",Thanks\nsig,Best regards\n', encoding="utf-8")
    source = importing.read(path, format="textexpander")
    assert [(r.code, r.text, r.title) for r in source.records] == [
        ("ty", "Thank you,\nfriend", "Thanks"),
        ("sig", "Best regards", ""),
    ]


def test_headerless_csv_suggests_textexpander(tmp_path: Path) -> None:
    path = tmp_path / "te.csv"
    path.write_text("ty,Thank you\n", encoding="utf-8")
    with pytest.raises(PackError, match="--format textexpander"):
        importing.read(path)


def test_docx_headings_lists_and_quotes(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "guide.docx",
        [
            ("Heading1", "售后话术"),
            ("Heading2", "退换货"),
            ("list", "亲，收到货有问题请联系我们，我们会尽快处理。"),
            ("", "客服可以这样说：“亲，非常抱歉给您带来不便，【店铺名】一定负责到底！”"),
            ("2", "物流"),
            ("list", "亲，快递已经在路上了，请耐心等待哦~"),
        ],
    )
    source = importing.read(path)
    assert [(r.group, r.text) for r in source.records] == [
        ("售后话术/退换货", "亲，收到货有问题请联系我们，我们会尽快处理。"),
        ("售后话术/退换货", "亲，非常抱歉给您带来不便，【店铺名】一定负责到底！"),
        ("售后话术/物流", "亲，快递已经在路上了，请耐心等待哦~"),
    ]


def test_markdown_document(tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text(
        "# 话术\n\n本文档仅供学习，VIP下载\n\n## 催单\n\n- 亲，库存不多了，喜欢的话尽快下单哦！\n"
        "- 亲，今天下单今天发~\n\n## 안내\n\n- 안녕하세요, 무엇을 도와드릴까요?\n",
        encoding="utf-8",
    )
    source = importing.read(path)
    assert [(r.group, r.lang) for r in source.records] == [
        ("话术/催单", "zh-Hans"),
        ("话术/催单", "zh-Hans"),
        ("话术/안내", "ko"),
    ]


def test_templates_in_document_phrases_stay_fields(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "guide.txt"
    path.write_text(
        "场景1：客户进店\n“您好！欢迎光临【店铺名】，请问有什么可以帮您？”\n", encoding="utf-8"
    )
    book.import_file(path)
    (phrase,) = book.phrases()
    assert phrase.group == "客户进店"
    rendered = book.render(phrase, book.context(shop=""))
    assert "店铺名" in {f.name for f in rendered.missing} or "【店铺名】" not in rendered.text
