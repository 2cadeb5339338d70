"""Course content: load a course folder (YAML + Markdown + Python), validate it, and run its code blocks.

``loader.load_course`` builds a :class:`schema.Course`; ``validate.validate_course`` lints a folder the way CI
does and returns issues that each name a file, line, field, bad value and fix. This package never imports a
front door (web, cli).
"""
