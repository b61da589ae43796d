"""The table builder: rows fit the width by priority, ids are never broken, sentences wrap as
whole lines under their row without a lone last word, or are cut at a word with "..."."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parley.cli.tables import Column, Table, cut_at_word, text_width, wrap_text, wrapped

SENTENCE = ("The defence ministers of the two countries spoke by video link on Tuesday, their "
            "first conversation since the talks were called off in the summer.")
ARTICLE = "usa-chn-2024-defence-ministers-speak-by-video-link-again"


def table() -> Table:
    built = Table([Column("channel"), Column("status"), Column("since", 1, fold=True),
                   Column("article", 2, fold=True)], title="USA–CHN")
    built.add_row("defence-ministers", "active", "2024-04-16", ARTICLE, text=SENTENCE)
    built.add_row("hotline", "unknown", "", "")
    return built


def test_a_wide_terminal_shows_every_column_on_the_row() -> None:
    lines = table().render(120)
    assert lines[1].split() == ["channel", "status", "since", "article"]
    assert lines[2].split() == ["defence-ministers", "active", "2024-04-16", ARTICLE]
    assert lines[3].startswith("    The defence ministers")


def test_at_80_columns_the_article_folds_under_its_row_whole() -> None:
    lines = table().render(80)
    assert lines[1].split() == ["channel", "status", "since"]
    assert f"    article: {ARTICLE}" in lines
    assert max(text_width(line) for line in lines) <= 80
    assert "".join(lines).count(ARTICLE) == 1


def test_a_dropped_column_that_does_not_fold_is_left_out() -> None:
    built = Table([Column("name"), Column("note", 1)])
    built.add_row("hotline", "x" * 90)
    assert built.render(60) == ["name", "hotline"]


def test_a_name_column_is_cut_at_a_word_once_nothing_else_gives_way() -> None:
    built = Table([Column("mechanism", cut=True), Column("state")])
    built.add_row("Military Maritime Consultative Agreement talks", "active since 2023-11-15")
    [_, row] = built.render(50)
    assert row.startswith("Military Maritime...") and row.endswith("active since 2023-11-15")
    assert len(row) <= 50


def test_a_sentence_can_be_cut_after_some_lines() -> None:
    built = Table([Column("type")], text_lines=2)
    built.add_row("CALL", text=SENTENCE)
    lines = built.render(50)
    assert len(lines) == 4 and lines[-1].endswith("...")
    assert lines[-1][:-3].split()[-1] in SENTENCE.split()


def test_wide_puts_the_sentence_on_the_row() -> None:
    lines = table().render(40, wide=True)
    assert lines[2].endswith(SENTENCE) and ARTICLE in lines[2]
    assert len(lines) == 4


def test_cut_at_word_ends_on_a_whole_word() -> None:
    assert cut_at_word("the maritime safety talks", 100) == "the maritime safety talks"
    assert cut_at_word("the maritime safety talks", 16) == "the maritime..."
    assert cut_at_word("unbreakable-identifier", 10) == "unbreak..."


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz,.’-", min_size=1, max_size=14)


@given(st.lists(WORD, min_size=1, max_size=60), st.integers(min_value=20, max_value=120))
def test_wrapping_keeps_every_word_whole_and_in_order(words: list[str], width: int) -> None:
    lines = wrap_text(" ".join(words), width)
    assert " ".join(lines).split() == words
    assert all(len(line) <= width for line in lines)
    if len(lines) >= 2 and " " not in lines[-1]:  # a lone last word only when it must be
        before = lines[-2].split()
        assert len(before) == 1 or len(before[-1]) + 1 + len(lines[-1]) > width


@given(st.lists(WORD, min_size=1, max_size=60), st.integers(min_value=20, max_value=120),
       st.integers(min_value=1, max_value=4))
def test_a_cut_paragraph_is_a_prefix_of_whole_words(words: list[str], width: int,
                                                    most: int) -> None:
    lines = wrapped(" ".join(words), width, indent=4, max_lines=most)
    assert len(lines) <= most and all(len(line) <= width for line in lines)
    shown = " ".join(line.strip() for line in lines)
    if shown.endswith("..."):
        kept = shown[:-3].split()
        assert kept[:-1] == words[:len(kept) - 1]
    else:
        assert shown.split() == words


@given(st.lists(st.text(alphabet="abc-0123456789", min_size=1, max_size=40), min_size=1,
                max_size=8), st.integers(min_value=40, max_value=160))
def test_ids_are_never_broken(ids: list[str], width: int) -> None:
    built = Table([Column("id"), Column("other", 1, fold=True)])
    for identifier in ids:
        built.add_row(identifier, identifier)
    tokens = " ".join(built.render(width)).replace("other:", " ").split()
    for identifier in ids:
        assert identifier in tokens
