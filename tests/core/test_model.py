import pytest

from packetizer.core.errors import PageSelectionError
from packetizer.core.model import parse_page_selection, slugify


@pytest.mark.parametrize(
    ("spec", "count", "expected"),
    [("", 3, [0, 1, 2]), ("1-3,5", 6, [0, 1, 2, 4]), ("2", 4, [1]), ("3-", 5, [2, 3, 4]),
     ("-2", 5, [0, 1]), (" 1 , 3 ", 3, [0, 2])],
)
def test_page_selection(spec, count, expected):
    assert parse_page_selection(spec, count) == expected


@pytest.mark.parametrize("spec", ["0", "4", "3-2", "a", "1-x", "2-9", ",", "--"])
def test_bad_page_selection_says_why(spec):
    with pytest.raises(PageSelectionError) as info:
        parse_page_selection(spec, 3)
    assert str(info.value)


def test_slugify_is_readable_and_unique():
    assert slugify("Research statement") == "research-statement"
    assert slugify("CV", {"cv"}) == "cv-2"
    assert slugify("CV", {"cv", "cv-2"}) == "cv-3"
    assert slugify("???") == "item"
