"""Turn lesson blocks and quiz text into HTML: Markdown via markdown-it-py, code via Pygments.

Rendering is pure and deterministic, so the app caches each lesson body once per process (``HtmlCache``).
Raw HTML in Markdown is escaped: course text is trusted, but learner-visible pages should never depend on it.
"""

from __future__ import annotations

import functools
import html
import threading
from collections import OrderedDict
from collections.abc import Callable

from markdown_it import MarkdownIt
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer, TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

from torchdojo.content.schema import (
    AnyBlock,
    CalloutBlock,
    CodeBlock,
    ConceptBlock,
    FigureBlock,
    Lesson,
    ProseBlock,
)

CALLOUT_TITLES = {"takeaway": "Practical takeaway", "mistake": "What your peers get wrong"}
_FORMATTER = HtmlFormatter(cssclass="highlight", nowrap=True)


def _lexer(language: str):
    if language in ("python", "py", ""):
        return PythonLexer()
    try:
        return get_lexer_by_name(language)
    except ClassNotFound:
        return TextLexer()


def code_html(source: str, language: str = "python") -> Markup:
    """Highlighted code as ``<pre class="highlight"><code>…</code></pre>`` (markdown-it keeps a ``<pre`` as is)."""
    return Markup(
        f'<pre class="highlight"><code>{highlight(source, _lexer(language), _FORMATTER)}</code></pre>'
    )


def _fence(source: str, language: str, _attrs) -> str:
    return code_html(source, language or "text")


_MARKDOWN = MarkdownIt("commonmark", {"html": False, "highlight": _fence}).enable("table")


@functools.lru_cache(maxsize=4096)
def markdown_html(text: str) -> Markup:
    return Markup(_MARKDOWN.render(text))


@functools.lru_cache(maxsize=4096)
def inline_html(text: str) -> Markup:
    return Markup(_MARKDOWN.renderInline(text))


def block_html(block: AnyBlock, figure_url: Callable[[str], str]) -> str:
    if isinstance(block, ProseBlock):
        return markdown_html(block.markdown)
    if isinstance(block, ConceptBlock):
        term = html.escape(block.term)
        return f'<aside class="concept" aria-label="Concept: {term}"><dl><dt>{term}</dt><dd>{markdown_html(block.definition)}</dd></dl></aside>'
    if isinstance(block, CalloutBlock):
        return f'<aside class="callout {block.kind}"><h3>{CALLOUT_TITLES[block.kind]}</h3>{markdown_html(block.markdown)}</aside>'
    if isinstance(block, FigureBlock):
        caption = html.escape(block.caption)
        return f'<figure class="lesson-figure"><img src="{figure_url(block.name)}" alt="{caption}" loading="lazy"><figcaption>{caption}</figcaption></figure>'
    if isinstance(block, CodeBlock):
        return _code_block_html(block)
    return ""


def _code_block_html(block: CodeBlock) -> str:
    label = "Runs as shown" if block.run else block.language
    parts = [
        f'<div class="code-block"><div class="code-label">{html.escape(label)}</div>',
        code_html(block.source, block.language),
    ]
    if block.output is not None:
        parts.append(
            f'<div class="code-label">Output</div><pre class="output"><code>{html.escape(block.output)}</code></pre>'
        )
    parts.append("</div>")
    return "".join(parts)


def lesson_html(lesson: Lesson, figure_url: Callable[[str], str]) -> Markup:
    return Markup("\n".join(block_html(block, figure_url) for block in lesson.blocks))


class HtmlCache:
    """Rendered HTML keyed by anything hashable, computed once per process; the least recently used
    entries are dropped beyond ``size`` (page variants keyed by learner state would otherwise grow forever)."""

    def __init__(self, size: int = 4096) -> None:
        self._items: OrderedDict[object, str] = OrderedDict()
        self._lock = threading.Lock()
        self.size = size

    def get(self, key: object, build: Callable[[], str]) -> str:
        with self._lock:
            cached = self._items.get(key)
            if cached is not None:
                self._items.move_to_end(key)
                return cached
        cached = build()
        with self._lock:
            self._items[key] = cached
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return cached


def pygments_css() -> str:
    return HtmlFormatter().get_style_defs(".highlight")
