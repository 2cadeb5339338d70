"""Notebooks: the Jupyter front door. Seven hands-on labs whose steps are checked in the notebook itself.

A lab's steps are ordinary exercises (``labs/<lab>/step-<n>`` in the course), so a check in a notebook goes
through the same sandboxed grader as the CLI and the web app. In a notebook::

    from torchdojo.notebooks import lab
    step1, step2, step3, step4, step5 = lab("tensors").steps
    step1.check()      # grades the cell that defines the step's function, in the sandbox
    step1.hint()       # the next hint; hint(2) asks for a particular one
    step1.solution()   # the reference solution

This package may import ``grader`` and ``content``; nothing inside them imports it.
"""

from torchdojo.notebooks.steps import Lab, Step, lab

__all__ = ["Lab", "Step", "lab"]
