"""The web app: a thin, server-rendered front door over content, grader, partners and the progress store.

``app.create_app(settings)`` builds a Starlette app with no import-time side effects; each page kind lives in
its own module (course map, module, lesson, quiz, exercise, module test, lab, progress). Pages work without
JavaScript; ``static/torchdojo.js`` only swaps fragments and enhances the code editor.
"""
