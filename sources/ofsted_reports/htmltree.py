"""A small, forgiving element tree over the standard library's html.parser: enough to pick
elements by tag and class and read their text. Pure: text in, nodes out."""
from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# An open element of these kinds ends when a sibling of the same kind starts.
SELF_CLOSING_SIBLINGS = {"li": ("ul", "ol"), "p": ("div", "li", "main", "body"), "option": ("select",)}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "Node | None" = None):
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self, tag: str | None = None, cls: str | None = None) -> Iterator["Node"]:
        """Descendants (not self) in document order, filtered by tag name and/or one class."""
        for child in self.children:
            if isinstance(child, Node):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                    yield child
                yield from child.iter(tag, cls)

    def find(self, tag: str | None = None, cls: str | None = None) -> "Node | None":
        return next(self.iter(tag, cls), None)

    def text(self, skip_cls: str | None = None) -> str:
        """The text inside, whitespace collapsed; elements of class `skip_cls` left out."""
        parts: list[str] = []
        self._gather(parts, skip_cls)
        return " ".join("".join(parts).split())

    def _gather(self, parts: list[str], skip_cls: str | None) -> None:
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif skip_cls is None or skip_cls not in child.classes:
                parts.append(" " if child.tag in ("br", "p", "li", "div") else "")
                child._gather(parts, skip_cls)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes_at = SELF_CLOSING_SIBLINGS.get(tag)
        if closes_at:
            for i in range(len(self.stack) - 1, 0, -1):
                open_tag = self.stack[i].tag
                if open_tag in closes_at:
                    break
                if open_tag == tag:
                    del self.stack[i:]
                    break
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return  # an end tag with nothing to close is ignored

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root
