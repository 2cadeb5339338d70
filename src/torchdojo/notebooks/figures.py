"""Figures for the labs, drawn as SVG by hand: matplotlib is not a dependency, and every picture in a lab is
a few lines of code the learner can read.

``Canvas`` is the whole toolkit (boxes, text, lines, arrows); the functions below it draw the labs' pictures:
tensors as grids of numbers, diagrams of boxes and arrows (a module's anatomy, a computation graph, the
training loop), samples grouped into batches, line charts (loss curves) and heatmaps (confusion matrices).
Each returns an ``IPython.display.SVG`` inside a kernel, else the SVG text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")
INK, MUTED, FAINT = "#1f2328", "#57606a", "#d0d7de"


class Canvas:
    """An SVG drawing: add shapes in pixel coordinates (y grows downward), then ``render()``."""

    def __init__(self, width: int, height: int):
        self.width, self.height, self.parts = width, height, []

    def rect(self, x, y, w, h, fill="#fff", stroke=INK, radius=3, width=1.0) -> None:
        self.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{radius}" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>'
        )

    def text(self, x, y, label, size=12, color=INK, anchor="middle", weight="normal", rotate=0) -> None:
        turn = f' transform="rotate({rotate} {x:.1f} {y:.1f})"' if rotate else ""
        self.parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{color}" text-anchor="{anchor}" '
            f'font-weight="{weight}" dominant-baseline="middle"{turn}>{html.escape(str(label))}</text>'
        )

    def line(self, x1, y1, x2, y2, color=INK, width=1.5, dashed=False) -> None:
        dash = ' stroke-dasharray="5,4"' if dashed else ""
        self.parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}" '
            f'stroke-width="{width}"{dash}/>'
        )

    def arrow(self, x1, y1, x2, y2, color=INK, label="") -> None:
        self.line(x1, y1, x2, y2, color)
        self.parts[-1] = self.parts[-1].replace("/>", ' marker-end="url(#head)"/>')
        if label:
            self.text((x1 + x2) / 2, (y1 + y2) / 2 - 8, label, size=11, color=MUTED)

    def polyline(self, points: Sequence[tuple[float, float]], color=INK, width=2.0) -> None:
        joined = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        self.parts.append(
            f'<polyline points="{joined}" fill="none" stroke="{color}" stroke-width="{width}"/>'
        )

    def render(self) -> str:
        head = (
            '<defs><marker id="head" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto">'
            f'<path d="M0,0 L8,4 L0,8 z" fill="{INK}"/></marker></defs>'
        )
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
            f'viewBox="0 0 {self.width} {self.height}" font-family="system-ui, sans-serif">'
            f"{head}{''.join(self.parts)}</svg>"
        )

    def show(self):
        try:
            from IPython.display import SVG
        except ImportError:
            return self.render()
        return SVG(self.render())


def _rows(values) -> list[list]:
    """A 0-, 1- or 2-d tensor, array or nested list as a list of rows."""
    if hasattr(values, "tolist"):
        values = values.tolist()
    if not isinstance(values, list):
        return [[values]]
    values = [value.tolist() if hasattr(value, "tolist") else value for value in values]
    if not values or not isinstance(values[0], list):
        return [values]
    return values


def _number(value) -> str:
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:.0e}"
    return str(value)


def grids(*panels, between: Sequence[str] = (), cell: int = 30):
    """Tensors side by side as grids of numbers. Each panel is ``(title, values)`` or
    ``(title, values, highlight)`` where ``highlight`` is a same-shaped grid of truthy cells to colour;
    ``between`` holds the symbols drawn between panels (``+``, ``=``, ``→``)."""
    shapes = [_rows(panel[1]) for panel in panels]
    widths = [
        max(max(len(row) for row in rows) * cell, 7 * len(panel[0])) for rows, panel in zip(shapes, panels)
    ]
    height = max(len(rows) for rows in shapes) * cell + 50
    canvas = Canvas(sum(widths) + 50 * len(panels) + 10, height)
    x = 20
    for index, (panel, rows) in enumerate(zip(panels, shapes)):
        marks = _rows(panel[2]) if len(panel) > 2 and panel[2] is not None else None
        canvas.text(x + widths[index] / 2, 14, panel[0], size=12, weight="bold")
        left = x + (widths[index] - max(len(row) for row in rows) * cell) / 2  # the grid sits under its title
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                lit = marks is not None and bool(marks[r][c] if len(marks) > r and len(marks[r]) > c else 0)
                fill = "#ffd8a8" if lit else "#f6f8fa"
                canvas.rect(left + c * cell, 30 + r * cell, cell, cell, fill=fill, radius=0)
                canvas.text(left + c * cell + cell / 2, 30 + r * cell + cell / 2, _number(value), size=11)
        x += widths[index] + 50
        if index < len(between):
            canvas.text(x - 25, height / 2 + 10, between[index], size=20, color=MUTED)
    return canvas.show()


def diagram(boxes: dict[str, tuple], arrows: Sequence[tuple] = (), width: int = 640, height: int = 240):
    """Labelled boxes and arrows. ``boxes`` maps a key to ``(x, y, w, h, label)`` or ``(…, label, colour)``
    (a label may hold ``\\n`` for a second line); ``arrows`` are ``(from_key, to_key)`` or
    ``(from_key, to_key, label)`` and run between the boxes' facing edges."""
    canvas = Canvas(width, height)
    for x, y, w, h, label, *colour in boxes.values():
        canvas.rect(x, y, w, h, fill=colour[0] if colour else "#f6f8fa", stroke=INK)
        lines = str(label).split("\n")
        for number, text in enumerate(lines):
            offset = (number - (len(lines) - 1) / 2) * 15
            canvas.text(
                x + w / 2, y + h / 2 + offset, text, size=12, weight="bold" if number == 0 else "normal"
            )
    for start, end, *label in arrows:
        (x1, y1), (x2, y2) = _facing_edges(boxes[start], boxes[end])
        canvas.arrow(x1, y1, x2, y2, label=label[0] if label else "")
    return canvas.show()


def _facing_edges(a: tuple, b: tuple) -> tuple[tuple[float, float], tuple[float, float]]:
    ax, ay, aw, ah = a[:4]
    bx, by, bw, bh = b[:4]
    if bx >= ax + aw:  # b to the right
        return (ax + aw, ay + ah / 2), (bx, by + bh / 2)
    if bx + bw <= ax:  # b to the left
        return (ax, ay + ah / 2), (bx + bw, by + bh / 2)
    if by >= ay + ah:  # b below
        return (ax + aw / 2, ay + ah), (bx + bw / 2, by)
    return (ax + aw / 2, ay), (bx + bw / 2, by + bh)  # b above


def batches(count: int, batch_size: int, order: Sequence[int] | None = None, drop_last: bool = False):
    """``count`` samples (numbered squares) dealt into batches of ``batch_size``, one colour per batch;
    ``order`` is the shuffled order the loader visits them in."""
    order = list(order) if order is not None else list(range(count))
    groups = [order[start : start + batch_size] for start in range(0, count, batch_size)]
    size = 26
    canvas = Canvas(max(count * (size + 4) + 40, 360), 150 + 34 * len(groups) // 3)
    canvas.text(20, 16, "dataset[i]", anchor="start", weight="bold")
    for index in range(count):
        canvas.rect(20 + index * (size + 4), 28, size, size, fill="#f6f8fa")
        canvas.text(20 + index * (size + 4) + size / 2, 28 + size / 2, index, size=11)
    canvas.text(20, 80, "batches from the DataLoader", anchor="start", weight="bold")
    x = 20
    for number, group in enumerate(groups):
        dropped = drop_last and len(group) < batch_size
        colour = "#ffffff" if dropped else PALETTE[number % len(PALETTE)]
        for slot, index in enumerate(group):
            canvas.rect(x + slot * (size + 2), 94, size, size, fill=colour, stroke=FAINT if dropped else INK)
            canvas.text(
                x + slot * (size + 2) + size / 2,
                94 + size / 2,
                index,
                size=11,
                color=MUTED if dropped else "#fff",
            )
        label = "dropped" if dropped else f"batch {number}: ({len(group)}, …)"
        canvas.text(x + len(group) * (size + 2) / 2, 136, label, size=10, color=MUTED)
        x += len(group) * (size + 2) + 16
    canvas.width = max(canvas.width, x + 20)
    return canvas.show()


def line_chart(series: dict[str, Sequence[float]], title: str = "", xlabel: str = "epoch", ylabel: str = "loss",
               marker: int | None = None, width: int = 520, height: int = 260):  # fmt: skip
    """One line per named series over x = 0, 1, 2…; ``marker`` draws a dashed vertical line at that x."""
    left, right, top, bottom = 56, 120, 30, 40
    values = [value for points in series.values() for value in points]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    longest = max(len(points) for points in series.values())
    plot_w, plot_h = width - left - right, height - top - bottom

    def place(step: float, value: float) -> tuple[float, float]:
        return left + plot_w * step / max(longest - 1, 1), top + plot_h * (1 - (value - low) / span)

    canvas = Canvas(width, height)
    canvas.text(left + plot_w / 2, 14, title, weight="bold")
    canvas.line(left, top, left, top + plot_h, FAINT)
    canvas.line(left, top + plot_h, left + plot_w, top + plot_h, FAINT)
    for value in (low, (low + high) / 2, high):
        canvas.text(left - 6, place(0, value)[1], f"{value:.3g}", size=10, color=MUTED, anchor="end")
    canvas.text(left + plot_w / 2, height - 10, xlabel, size=11, color=MUTED)
    canvas.text(12, top + plot_h / 2, ylabel, size=11, color=MUTED, rotate=-90)
    for index, (name, points) in enumerate(series.items()):
        colour = PALETTE[index % len(PALETTE)]
        canvas.polyline([place(step, value) for step, value in enumerate(points)], colour)
        canvas.text(
            left + plot_w + 8, top + 14 + 18 * index, f"— {name}", size=11, color=colour, anchor="start"
        )
    if marker is not None:
        x, _ = place(marker, low)
        canvas.line(x, top, x, top + plot_h, MUTED, dashed=True)
    return canvas.show()


def heatmap(matrix, labels: Sequence[str] | None = None, title: str = "", row_label: str = "true",
            column_label: str = "predicted", cell: int = 34):  # fmt: skip
    """A matrix as shaded cells with their numbers, e.g. a confusion matrix (rows: true class)."""
    rows = _rows(matrix)
    labels = list(labels) if labels is not None else [str(index) for index in range(len(rows))]
    peak = max(max(row) for row in rows) or 1
    left, top = 70, 50
    canvas = Canvas(left + cell * len(rows[0]) + 20, top + cell * len(rows) + 20)
    canvas.text(left + cell * len(rows[0]) / 2, 12, title, weight="bold")
    canvas.text(left + cell * len(rows[0]) / 2, 30, f"{column_label} →", size=11, color=MUTED)
    canvas.text(16, top - 10, f"{row_label} ↓", size=11, color=MUTED, anchor="start")
    for r, row in enumerate(rows):
        canvas.text(left - 8, top + r * cell + cell / 2, labels[r], size=11, anchor="end")
        for c, value in enumerate(row):
            shade = value / peak
            fill = f"rgb({int(255 - 180 * shade)},{int(255 - 120 * shade)},255)"
            canvas.rect(left + c * cell, top + r * cell, cell, cell, fill=fill, stroke="#fff", radius=0)
            canvas.text(left + c * cell + cell / 2, top + r * cell + cell / 2, _number(value), size=11,
                        color="#fff" if shade > 0.6 else INK)  # fmt: skip
    return canvas.show()
