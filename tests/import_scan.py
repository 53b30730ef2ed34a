"""What a Python file imports, read from its syntax tree (nothing is executed)."""
from __future__ import annotations

import ast
from pathlib import Path


def imported_modules(path: Path, *, with_members: bool = False) -> set[str]:
    """Absolute imports of ``path``; ``with_members`` adds ``module.name`` for each ``from`` import."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if with_members:
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names
