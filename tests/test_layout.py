"""The layout rules the code keeps (docs/architecture.md): small modules and classes, core in
steps, one error hierarchy, no core function named by a string, no packet field set in gui/."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import packetizer
from packetizer.core import model

ROOT = Path(packetizer.__file__).parent
SOURCES = sorted(p for p in ROOT.rglob("*.py") if "resources" not in p.parts)


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_module_over_500_lines_and_no_class_over_400():
    long_modules = [f"{p.relative_to(ROOT)}: {n}" for p in SOURCES
                    if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500]
    assert not long_modules
    big_classes = [f"{p.relative_to(ROOT)}:{node.name}: {node.end_lineno - node.lineno + 1}"
                   for p in SOURCES for node in ast.walk(_tree(p))
                   if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno >= 400]
    assert not big_classes


def test_core_is_in_steps():
    core = ROOT / "core"
    packages = [p for p in core.iterdir() if (p / "__init__.py").is_file()]
    loose = [p for p in core.glob("*.py") if p.name != "__init__.py"]
    assert len(packages) >= 4, packages
    assert len(loose) <= 8, sorted(p.name for p in loose)


def _exception_classes():
    import packetizer.core

    for info in pkgutil.walk_packages(packetizer.core.__path__, "packetizer.core."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseException) \
                    and value.__module__.startswith("packetizer"):
                yield value


def test_every_error_class_is_a_packetizer_error_in_one_module():
    from packetizer.core.errors import PacketizerError

    classes = set(_exception_classes())
    assert len(classes) >= 10
    assert all(issubclass(c, PacketizerError) for c in classes), classes
    assert {c.__module__ for c in classes} == {"packetizer.core.errors"}
    # every one travels from the worker process intact, code and all
    import pickle

    from packetizer.core.errors import PdfError

    error = pickle.loads(pickle.dumps(PdfError("is protected.", path="a.pdf", code="password")))
    assert error.code == "password" and str(error) == "a.pdf: is protected."


def _strings(tree: ast.Module):
    """String constants that are not docstrings."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            yield node


def test_no_core_function_is_named_by_a_string():
    dotted = re.compile(r"^packetizer\.core(\.\w+)+$")
    named = [f"{p.relative_to(ROOT)}:{node.lineno}: {node.value}" for p in SOURCES
             for node in _strings(_tree(p)) if dotted.match(node.value)
             and not node.value.endswith(("__main__",))]
    # the logger names and the PyInstaller spec are not calls; nothing else may be
    assert not named, named


def _field_names() -> set[str]:
    names: set[str] = set()
    for cls in (model.Packet, model.Posting, model.Requirement, model.Document,
                model.Applicant, model.ExportOptions, model.Comment):
        names |= {f.name for f in dataclasses.fields(cls)}
    return names


def test_no_packet_field_is_assigned_in_the_gui():
    """The app changes packets only through core edits (OpenPacket.edit): no `doc.pages = …`,
    `packet.documents.append(…)` or the like in gui/."""
    fields = _field_names()
    found = []
    for path in (ROOT / "gui").rglob("*.py"):
        for node in ast.walk(_tree(path)):
            targets = []
            if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("append", "extend", "remove", "insert", "pop") \
                    and isinstance(node.func.value, ast.Attribute) \
                    and node.func.value.attr in fields:
                found.append(f"{path.name}:{node.lineno}")
            for target in targets:
                for item in ast.walk(target):
                    if isinstance(item, ast.Attribute) and item.attr in fields \
                            and not (isinstance(item.value, ast.Name)
                                     and item.value.id in ("self", "settings")) \
                            and isinstance(item.ctx, ast.Store):
                        found.append(f"{path.name}:{node.lineno}: .{item.attr}")
    assert not found, found


def test_the_layout_check_can_fail(tmp_path):
    """The field check above sees an assignment when there is one."""
    source = "def f(doc):\n    doc.pages = '1-2'\n"
    tree = ast.parse(source)
    stores = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
              and isinstance(n.ctx, ast.Store)]
    assert stores == ["pages"] and "pages" in _field_names()
