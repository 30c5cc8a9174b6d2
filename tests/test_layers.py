"""The layers of the program, read from every import statement (those inside functions too):
the core imports no UI and its stages import no later stage, widgets import no screens, screens
do not import the app, and the UI holds no import circle."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "reader"
UI_STACK = ("textual", "rich", "pygments", "reader.ui", "reader.report")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` names in an import, relative ones made absolute."""
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _breaches(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    files = sorted((ROOT / folder).rglob("*.py")) if (ROOT / folder).is_dir() else [ROOT / f"{folder}.py"]
    assert files, f"no modules under reader/{folder}"
    return [
        f"{_module(path)} imports {name}"
        for path in files
        for name in sorted(_imports(path))
        if _within(name, forbidden)
    ]


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("core", UI_STACK),
        ("ui/widgets", ("reader.ui.screens", "reader.ui.app")),
        ("ui/screens", ("reader.ui.app",)),
        ("ui/messages", ("reader.ui.app", "reader.ui.screens", "reader.ui.widgets")),
    ],
    ids=["core-imports-no-ui", "widgets-import-no-screens", "screens-import-no-app", "messages-import-no-views"],
)
def test_layer_contract(folder, forbidden):
    assert _breaches(folder, forbidden) == []


CORE_STAGES = (
    ("by_start", "files", "forked", "partition", "safe_text", "tokens", "wordings"),
    ("vocabulary",),
    ("model",),
    ("ingest",),
    ("text",),
    ("entities", "links"),
    ("findings",),
    ("export", "pipeline"),
    ("store",),
)
"""The core's packages and modules by stage, from the ground up (the word lists stand on the tokens'
matching form, which they are written in): the pipeline (ingest, text,
entities and links, findings, export) stands on the model and the shared tools; ``pipeline`` runs
the stages, ``store`` keeps what they made. A stage imports only the stages below it: the packages
of one stage stand side by side (entities and links are found beside each other)."""


@pytest.mark.parametrize("stage", range(len(CORE_STAGES)), ids=["+".join(names) for names in CORE_STAGES])
def test_core_stages_import_no_later_stage(stage):
    """Lower stages never import higher ones, nor their neighbours in the same stage."""
    here_and_above = [f"reader.core.{name}" for names in CORE_STAGES[stage:] for name in names]
    for name in CORE_STAGES[stage]:
        forbidden = tuple(other for other in here_and_above if other != f"reader.core.{name}")
        assert _breaches(f"core/{name}", forbidden) == []


def test_every_core_module_has_a_stage():
    """A new package or module of the core is placed in :data:`CORE_STAGES`, so the contract covers it."""
    found = {path.stem for path in (ROOT / "core").iterdir() if path.suffix == ".py" or (path / "__init__.py").is_file()}
    assert found - {"__init__"} == {name for names in CORE_STAGES for name in names}


DIALOGS = ("reader.ui.screens.alias_picker", "reader.ui.screens.report_picker")
"""Modal dialogs a screen may push itself: they import no screen, so no circle can form."""


def test_screens_import_no_other_screen_but_a_dialog():
    """A screen shows another view by asking the app (a message), so screens form no circle."""
    for path in sorted((ROOT / "ui" / "screens").glob("*.py")):
        allowed = () if _module(path) in DIALOGS else DIALOGS
        others = {
            name for name in _imports(path)
            if _within(name, ("reader.ui.screens",)) and not _within(name, allowed)
        }
        assert others == set(), f"{_module(path)} imports {sorted(others)}"


def test_imports_inside_functions_are_read():
    """The app imports its screens lazily, where it pushes them: the contracts see such imports."""
    assert "reader.ui.screens.compare.CompareScreen" in _imports(ROOT / "ui" / "app.py")


def _graph(folder: str) -> dict[str, set[str]]:
    """The modules under ``reader/folder`` and, for each, those of them it imports (anywhere in it)."""
    modules = {_module(path): path for path in (ROOT / folder).rglob("*.py")}

    def resolved(name: str) -> str | None:
        """The module ``name`` is or lies in (``pkg.mod.Class`` is ``pkg.mod``)."""
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    return {
        module: {found for name in _imports(path) if (found := resolved(name)) not in (None, module)}
        for module, path in modules.items()
    }


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan): each is an import circle."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            group = []
            while (top := stack.pop()) != module:
                group.append(top)
            group.append(module)
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


@pytest.mark.parametrize("folder", ["core", "ui", "report", ""])
def test_no_import_circles(folder):
    """Modules that import each other (at the top or inside a function) form no layer: each must
    stand above what it uses. Per layer, then over the whole program."""
    assert _circles(_graph(folder)) == []


def test_a_circle_is_found():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_widgets_ask_the_app_only_what_textual_gives():
    """A widget shows what it is given and posts a message for what it wants done: of the app it
    reads only Textual's own (its console, its key display), never the reader's state or methods."""
    from textual.app import App

    app = App()
    reached = [
        f"{_module(path)}:{node.lineno} app.{node.attr}"
        for path in sorted((ROOT / "ui" / "widgets").glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and node.value.attr == "app"
        and not hasattr(app, node.attr)
    ]
    assert reached == []
