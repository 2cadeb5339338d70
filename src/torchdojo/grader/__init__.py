"""The grader: observe inside a sandboxed child, judge outside in the trusted process.

``service.grade`` is the entry point; ``exercise`` loads exercise folders, ``spec`` is the vocabulary check
specs are written in, ``pool`` and ``zygote`` run the warm sandboxed processes, ``probe`` observes learner code
inside them, ``wire`` is the only format that crosses the boundary, and ``judge`` turns observations into
verdicts and feedback.
"""
