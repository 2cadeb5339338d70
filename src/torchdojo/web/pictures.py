"""Pictures of the learner's own work on exercise pages: their loss curve beside the reference's, as SVG.

The grader puts the numbers in ``GradeResult.extras``; this turns them into inline SVG (no JavaScript, no
assets) so the verdict shows what the learner's training actually did.
"""

from __future__ import annotations

import html

from markupsafe import Markup

WIDTH, HEIGHT, PAD = 420, 160, 28


def _points(values: list[float], low: float, high: float, count: int) -> str:
    span = (high - low) or 1.0
    step = (WIDTH - 2 * PAD) / max(count - 1, 1)
    return " ".join(
        f"{PAD + index * step:.1f},{HEIGHT - PAD - (value - low) / span * (HEIGHT - 2 * PAD):.1f}"
        for index, value in enumerate(values)
    )


def loss_curve_svg(curve: dict) -> Markup:
    """Two polylines on shared axes: the learner's losses (solid) and the reference's (dashed)."""
    yours = [float(value) for value in curve.get("yours", [])][:500]
    reference = [float(value) for value in curve.get("reference", [])][:500]
    values = yours + reference
    if len(values) < 2:
        return Markup("")
    low, high, count = min(values), max(values), max(len(yours), len(reference))
    title = html.escape(
        f"Loss per batch on case '{curve.get('case', '')}': yours (solid) and the reference (dashed)"
    )
    return Markup(
        f'<svg class="loss-curve" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">'
        f"<title>{title}</title>"
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" stroke="#999"/>'
        f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{HEIGHT - PAD}" stroke="#999"/>'
        f'<polyline fill="none" stroke="#888" stroke-dasharray="5 4" stroke-width="2" points="{_points(reference, low, high, count)}"/>'
        f'<polyline fill="none" stroke="#c2410c" stroke-width="2" points="{_points(yours, low, high, count)}"/>'
        f'<text x="{PAD}" y="{PAD - 8}" font-size="11">{high:.3g}</text>'
        f'<text x="{PAD}" y="{HEIGHT - 8}" font-size="11">{low:.3g} · batch →</text>'
        "</svg>"
    )
