"""Replies that carry pictures: the facade's API on real SQLite files, limits, hostile bytes,
and pictures surviving reopen, backup/restore and salvage."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phrasebook import NotFoundError, Phrasebook, ValidationError, image_check, salvage_database

MakePng = Callable[..., bytes]


@pytest.fixture
def book(tmp_path: Path) -> Phrasebook:
    with Phrasebook.open(tmp_path / "book.db") as opened:
        yield opened


def picture(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def blob_count(book: Phrasebook) -> int:
    return int(book.db.execute("SELECT count(*) FROM images").fetchone()[0])


def test_a_phrase_keeps_its_pictures_in_order_with_their_details(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    chart = picture(tmp_path, "尺码表.png", make_png("red", (40, 30)))
    photo = picture(tmp_path, "photo.jpg", make_png("blue", (64, 48), "JPEG"))
    phrase = book.add("亲，尺码表请看图", images=[chart, photo])
    assert [(i.name, i.type, i.width, i.height) for i in phrase.images] == [
        ("尺码表.png", "image/png", 40, 30),
        ("photo.jpg", "image/jpeg", 64, 48),
    ]
    assert phrase.images[0].size == chart.stat().st_size
    assert book.image_bytes(phrase.images[1].hash) == photo.read_bytes()  # never re-encoded
    assert book.get(phrase.id).images == phrase.images


def test_pictures_survive_closing_and_reopening(tmp_path: Path, make_png: MakePng) -> None:
    chart = picture(tmp_path, "chart.png", make_png())
    with Phrasebook.open(tmp_path / "b.db") as book:
        pid = book.add("看图", images=[chart]).id
    with Phrasebook.open(tmp_path / "b.db") as book:
        (image,) = book.get(pid).images
        assert book.image_bytes(image.hash) == chart.read_bytes()


def test_add_remove_and_reorder(book: Phrasebook, tmp_path: Path, make_png: MakePng) -> None:
    red, blue, green = (
        picture(tmp_path, f"{c}.png", make_png(c)) for c in ("red", "blue", "green")
    )
    phrase = book.add("三张图", images=[red])
    phrase = book.add_images(phrase.id, [blue, green])
    assert [i.name for i in phrase.images] == ["red.png", "blue.png", "green.png"]
    hashes = [i.hash for i in phrase.images]
    phrase = book.reorder_images(phrase.id, [hashes[2][:10], "red.png", hashes[1]])
    assert [i.name for i in phrase.images] == ["green.png", "red.png", "blue.png"]
    phrase = book.remove_images(phrase.id, [hashes[0][:12]])
    assert [i.name for i in phrase.images] == ["green.png", "blue.png"]
    assert blob_count(book) == 2  # the unlinked picture's bytes are gone
    phrase = book.remove_images(phrase.id)
    assert phrase.images == () and blob_count(book) == 0


def test_reorder_must_name_every_picture_once(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    red, blue = (picture(tmp_path, f"{c}.png", make_png(c)) for c in ("red", "blue"))
    phrase = book.add("两张", images=[red, blue])
    with pytest.raises(ValidationError, match="once"):
        book.reorder_images(phrase.id, [phrase.images[0].hash])
    with pytest.raises(NotFoundError, match="not a picture of this phrase"):
        book.remove_images(phrase.id, ["ffff"])


def test_one_picture_on_many_replies_is_stored_once(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    chart = picture(tmp_path, "chart.png", make_png())
    first = book.add("一", images=[chart])
    second = book.add("二", images=[chart])
    assert first.images[0].hash == second.images[0].hash
    assert blob_count(book) == 1
    book.remove_images(first.id)
    assert blob_count(book) == 1  # still on the second reply
    assert book.image_bytes(second.images[0].hash) == chart.read_bytes()


def test_a_deleted_phrase_keeps_its_pictures_for_undelete(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    phrase = book.add("回收站", images=[picture(tmp_path, "a.png", make_png())])
    book.delete(phrase.id)
    assert book.undelete(phrase.id).images == phrase.images


def test_unknown_hash_is_not_found(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError, match="no image"):
        book.image_bytes("0" * 64)


# -- hostile and oversized pictures ---------------------------------------------------------


def test_random_bytes_named_png_are_refused_and_nothing_is_written(
    book: Phrasebook, tmp_path: Path
) -> None:
    fake = picture(tmp_path, "fake.png", os.urandom(1024 * 1024))
    before = book.stats().phrases
    with pytest.raises(ValidationError, match=r"fake\.png: not an image"):
        book.add("假图", images=[fake])
    assert book.stats().phrases == before and blob_count(book) == 0


def test_a_truncated_png_is_refused(book: Phrasebook, tmp_path: Path, make_png: MakePng) -> None:
    whole = make_png("red", (200, 200))
    cut = picture(tmp_path, "cut.png", whole[:-20])
    with pytest.raises(ValidationError, match=r"cut\.png: a damaged or truncated image"):
        book.add("半张图", images=[cut])


def test_a_decompression_bomb_is_refused(
    book: Phrasebook, tmp_path: Path, make_bomb: Callable[[], bytes]
) -> None:
    bomb = picture(tmp_path, "bomb.png", make_bomb())
    assert bomb.stat().st_size < 10_000  # 900 megapixels declared in a few kilobytes
    with pytest.raises(ValidationError, match="decompression bomb"):
        book.add("炸弹", images=[bomb])


def test_a_picture_just_over_the_limit_is_refused_unread(book: Phrasebook, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.truncate(image_check.MAX_IMAGE_BYTES + 1)
    with pytest.raises(ValidationError, match=r"big\.png: .* the limit per image is 5\.0 MB"):
        book.add("大图", images=[big])


def test_the_book_limit_names_the_file_and_the_limit(
    book: Phrasebook, tmp_path: Path, make_png: MakePng, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = picture(tmp_path, "first.png", make_png("red"))
    second = picture(tmp_path, "second.png", make_png("blue"))
    monkeypatch.setattr(image_check, "MAX_BOOK_IMAGE_BYTES", first.stat().st_size + 10)
    phrase = book.add("一张", images=[first])
    with pytest.raises(ValidationError, match=r"second\.png: .* limit per phrasebook"):
        book.add_images(phrase.id, [second])
    book.add("同一张图不再占地方", images=[first])  # already stored: costs nothing


def test_a_missing_file_is_a_clear_error(book: Phrasebook, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read the image"):
        book.add("没有图", images=[tmp_path / "nope.png"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.tuples(st.integers(0, 2), st.sampled_from(["red", "blue", "green", "black"]),
                  st.booleans()),
        max_size=12,
    )
)  # fmt: skip
def test_stored_bytes_are_exactly_the_linked_pictures(
    tmp_path_factory: pytest.TempPathFactory, make_png: MakePng, steps: list[tuple[int, str, bool]]
) -> None:
    folder = tmp_path_factory.mktemp("pics")
    files = {c: picture(folder, f"{c}.png", make_png(c)) for c in ("red", "blue", "green", "black")}
    with Phrasebook.open(folder / "b.db") as book:
        ids = [book.add(f"回复{i}").id for i in range(3)]
        for which, color, adding in steps:
            phrase = book.get(ids[which])
            if adding and len(phrase.images) < 5:
                book.add_images(phrase.id, [files[color]])
            elif phrase.images:
                book.remove_images(phrase.id, [phrase.images[0].hash])
        linked = {i.hash for pid in ids for i in book.get(pid).images}
        stored = {r[0] for r in book.db.execute("SELECT hash FROM images")}
        assert stored == linked


# -- backups and salvage ---------------------------------------------------------------------


def test_a_picture_survives_backup_and_restore(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    chart = picture(tmp_path, "chart.png", make_png())
    phrase = book.add("备份里的图", images=[chart])
    backup = book.backup()
    book.remove_images(phrase.id)
    assert book.get(phrase.id).images == ()
    book.restore(backup, force=True)
    (image,) = book.get(phrase.id).images
    assert book.image_bytes(image.hash) == chart.read_bytes()


def test_salvage_keeps_pictures_byte_for_byte(tmp_path: Path, make_png: MakePng) -> None:
    chart = picture(tmp_path, "chart.png", make_png("red", (120, 90)))
    with Phrasebook.open(tmp_path / "b.db") as book:
        pid = book.add("抢救", images=[chart]).id
    salvage_database(tmp_path / "b.db", tmp_path / "saved.db")
    with Phrasebook.open(tmp_path / "saved.db") as saved:
        (image,) = saved.get(pid).images
        assert saved.image_bytes(image.hash) == chart.read_bytes()
