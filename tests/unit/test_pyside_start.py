"""shiboken's support code compiled once and kept (planner.ui.pyside_start, issue 21).

PySide6 is already loaded in this test process (pytest-qt), so the import itself runs in fresh interpreters,
each with its own cache folder (XDG_CACHE_HOME, which the app's cache folder follows on Linux). The wrapper's
rules are tested here directly.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest

from planner.ui import pyside_start
from planner.ui.pyside_start import HEADER, SupportCompiler, cache_file, read_cache, write_cache

# the app's cache folder follows XDG_CACHE_HOME on Linux and macOS; on Windows these starts would use the user's
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the cache folder is set through XDG_CACHE_HOME")

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = "shibokensupport/signature/example.py"

# counts the support sources really compiled, imports the app's UI package (which imports PySide6), then
# prints the count and what shiboken's support code makes of a bad call (its signature parser and error handler)
PROBE = """
import builtins, sys
real = builtins.compile
compiled = []
def counting(source, filename, *args, **kwargs):
    if isinstance(filename, str) and filename.startswith(("signature_bootstrap.py", "shibokensupport/")):
        compiled.append(filename)
    return real(source, filename, *args, **kwargs)
builtins.compile = counting
import planner.ui
assert builtins.compile is counting, "the wrapper was left in place"
print(len(compiled))
from PySide6.QtCore import QPoint
try:
    QPoint("a")
except TypeError as error:
    print(error)
"""


def start(cache_home: Path) -> tuple[int, str]:
    """A fresh interpreter importing the UI package with ``cache_home`` as its cache: (support sources compiled,
    shiboken's message for a wrongly typed call)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    count, message = done.stdout.split("\n", 1)
    return int(count), message


def framed(payload: bytes, header: bytes = HEADER) -> bytes:
    """A cache file as write_cache makes one: header, CRC-32 of the payload, payload."""
    return header + zlib.crc32(payload).to_bytes(4, "little") + payload


def cache_in(cache_home: Path) -> Path:
    """The file a start with ``cache_home`` as its cache keeps (this test runs the same Python and PySide6)."""
    return cache_file(cache_home / "Runlift")


ENTRY = (SUPPORT, False, 5, 1, 0, 0)  # a key of the right shape


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[int, str], tuple[int, str]]:
    """A cache folder after a first start (which compiles and writes) and a second (which reads)."""
    home = tmp_path_factory.mktemp("cache")
    first = start(home)
    second = start(home)
    return home, first, second


def test_the_first_start_compiles_the_support_code_and_keeps_it(warm: tuple[Path, tuple[int, str], tuple[int, str]]):
    home, (compiled, _), _ = warm
    assert compiled >= 10  # shiboken 6.11 compiles its bootstrap and thirteen modules
    kept = read_cache(cache_in(home))
    assert len(kept) == compiled
    assert {key[0] for key in kept} >= {"signature_bootstrap.py", "shibokensupport/signature/parser.py"}


def test_the_next_start_compiles_none_of_it_and_behaves_the_same(
    warm: tuple[Path, tuple[int, str], tuple[int, str]],
) -> None:
    _, (_, compiled_message), (compiled_again, cached_message) = warm
    assert compiled_again == 0
    assert "Supported signatures" in cached_message  # shiboken's error handler, from the cached code
    assert cached_message == compiled_message


def test_a_start_with_nothing_new_leaves_the_cache_file_alone(
    warm: tuple[Path, tuple[int, str], tuple[int, str]],
) -> None:
    home = warm[0]
    before = cache_in(home).stat()
    assert start(home)[0] == 0
    after = cache_in(home).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a cache at all",
        HEADER,  # the header and nothing after it
        framed(b"\xff" * 64),  # a sound frame round bytes marshal cannot read
        framed(marshal.dumps(["a", "list"])),
        framed(marshal.dumps({ENTRY: compile("x = 1", SUPPORT, "exec")}))[:-3],  # cut short
    ],
    ids=["empty", "foreign", "header-only", "garbled", "not-a-dict", "cut-short"],
)
def test_a_damaged_cache_is_compiled_past_and_replaced(tmp_path: Path, content: bytes) -> None:
    cache_in(tmp_path).parent.mkdir(parents=True)
    cache_in(tmp_path).write_bytes(content)
    compiled, message = start(tmp_path)
    assert compiled >= 10
    assert "Supported signatures" in message
    assert len(read_cache(cache_in(tmp_path))) == compiled  # written again, whole


@pytest.mark.parametrize(
    "content",
    [
        framed(marshal.dumps({ENTRY: compile("x = 1", SUPPORT, "exec")}), b"RLPS1\0\0\0\0"),  # another Python's
        framed(marshal.dumps({ENTRY: "not code", ("short", 1): compile("x = 1", SUPPORT, "exec")})),
    ],
    ids=["other-python", "wrong-entries"],
)
def test_sound_files_with_the_wrong_contents_give_nothing(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "cache.bin"
    cache.write_bytes(content)
    assert read_cache(cache) == {}


def test_a_sound_file_gives_its_entries(tmp_path: Path) -> None:
    cache = tmp_path / "cache.bin"
    cache.write_bytes(framed(marshal.dumps({ENTRY: compile("x = 1", SUPPORT, "exec")})))
    assert list(read_cache(cache)) == [ENTRY]


def test_a_cache_with_one_byte_changed_on_disk_is_not_run(tmp_path: Path) -> None:
    cache = tmp_path / "cache.bin"
    assert write_cache(cache, {ENTRY: compile("x = 1", SUPPORT, "exec")})
    assert len(read_cache(cache)) == 1
    data = bytearray(cache.read_bytes())
    data[-8] ^= 0x01  # inside the code object: marshal might still read it, and it would run
    cache.write_bytes(bytes(data))
    assert read_cache(cache) == {}


def test_a_file_over_the_size_cap_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache.bin"
    content = framed(marshal.dumps({ENTRY: compile("x = 1" + " " * 2000, SUPPORT, "exec")}))
    cache.write_bytes(content)
    monkeypatch.setattr(pyside_start, "MAX_CACHE_BYTES", len(content))
    assert len(read_cache(cache)) == 1  # at the cap: read
    monkeypatch.setattr(pyside_start, "MAX_CACHE_BYTES", len(content) - 1)
    assert read_cache(cache) == {}  # one byte over: a sound file, left unread


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_in_the_caches_place_does_not_hold_the_start_up(tmp_path: Path) -> None:
    pipe = tmp_path / "cache.bin"
    os.mkfifo(pipe)
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.append(read_cache(pipe)), daemon=True)
    reader.start()
    reader.join(10)
    assert found == [{}]  # answered at once (a blocking open would wait for a writer for ever)


def test_a_folder_in_the_caches_place_is_read_as_nothing_and_let_go(tmp_path: Path) -> None:
    folder = tmp_path / "cache.bin"
    folder.mkdir()
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    for _ in range(5):
        assert read_cache(folder) == {}
    if before is not None:  # Linux: every handle it opened is closed again
        assert len(os.listdir("/proc/self/fd")) == before


def test_a_failed_replace_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyside_start.os, "replace", refuse)
    assert not write_cache(tmp_path / "cache.bin", {ENTRY: compile("x = 1", SUPPORT, "exec")})
    assert list(tmp_path.iterdir()) == []


def test_a_cache_folder_that_cannot_be_made_costs_only_the_compile(tmp_path: Path) -> None:
    blocker = tmp_path / "Runlift"
    blocker.write_text("a file where the folder should be")
    compiled, message = start(tmp_path)
    assert compiled >= 10
    assert "Supported signatures" in message
    assert blocker.read_text() == "a file where the folder should be"
    assert [path.name for path in tmp_path.iterdir()] == ["Runlift"]


def test_writing_replaces_a_link_in_the_caches_place_not_what_it_points_to(tmp_path: Path) -> None:
    elsewhere = tmp_path / "precious.txt"
    elsewhere.write_text("keep me")
    cache = tmp_path / "cache" / "cache.bin"
    cache.parent.mkdir()
    cache.symlink_to(elsewhere)
    code = compile("x = 1", SUPPORT, "exec")
    assert write_cache(cache, {ENTRY: code})
    assert elsewhere.read_text() == "keep me"
    assert not cache.is_symlink()
    assert next(iter(read_cache(cache).values())).co_filename == SUPPORT


def test_a_cached_support_source_is_used_only_while_its_text_is_the_same() -> None:
    first = SupportCompiler({})
    code = first("x = 1\n", SUPPORT, "exec")
    assert first.compiled == 1
    second = SupportCompiler(dict(first.used))
    assert second("x = 1\n", SUPPORT, "exec") is code
    assert second.compiled == 0
    changed = second("x = 2\n", SUPPORT, "exec")  # same name and length, other text: compiled, not the old code
    assert changed is not code
    namespace: dict[str, object] = {}
    exec(changed, namespace)
    assert namespace["x"] == 2
    assert second.compiled == 1


def test_the_same_text_kept_as_bytes_is_not_served_for_str() -> None:
    """A coding line decides how bytes are read, not text that is already decoded: the two compile apart."""
    source = "# coding: utf-7\nx = 'caf+AOk-'\n"
    first = SupportCompiler({})
    first(source.encode("ascii"), SUPPORT, "exec")
    second = SupportCompiler(dict(first.used))
    namespace: dict[str, object] = {}
    exec(second(source, SUPPORT, "exec"), namespace)
    assert namespace["x"] == "caf+AOk-"  # as compile() reads text; the bytes read as UTF-7 say "café"
    assert second.compiled == 1


def test_other_compiles_pass_through_untouched_and_unkept() -> None:
    compiler = SupportCompiler({})
    assert eval(compiler("1 + 1", "<string>", "eval")) == 2
    exec(compiler("y = 1", SUPPORT, "single"), {})  # a support name in another mode
    tree = compiler("x = 1", SUPPORT, "exec", 0x400)  # ast.PyCF_ONLY_AST: a tree, not code
    assert type(tree).__name__ == "Module"
    assert compiler.used == {}
    assert compiler.compiled == 0


def annotation_of(compiler: SupportCompiler, filename: str, **options: bool) -> object:
    """What ``def f(x: later)`` compiled here says of ``x``: this test module has ``from __future__ import
    annotations``, which a plain compile() called from here inherits (the name stays a string)."""
    namespace: dict[str, object] = {"later": "evaluated"}
    exec(compiler("def f(x: later): pass\n", filename, "exec", **options), namespace)
    return namespace["f"].__annotations__["x"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("filename", ["<string>", SUPPORT])
def test_the_callers_future_flags_reach_the_compile_as_with_the_builtin(filename: str) -> None:
    assert annotation_of(SupportCompiler({}), filename) == "later"  # inherited, as compile() would
    assert annotation_of(SupportCompiler({}), filename, dont_inherit=True) == "evaluated"


def test_the_same_text_under_other_flags_is_another_entry() -> None:
    compiler = SupportCompiler({})
    annotation_of(compiler, SUPPORT)
    annotation_of(compiler, SUPPORT, dont_inherit=True)
    assert compiler.compiled == 2
    assert len(compiler.used) == 2


def test_each_install_of_shiboken_has_a_file_of_its_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A pip install and the bundle, on two PySide6 versions, must not take turns replacing one file."""
    import importlib.machinery
    import importlib.util

    def spec_at(origin: str | None):  # type: ignore[no-untyped-def]
        return lambda name: importlib.machinery.ModuleSpec(name, None, origin=origin)

    names = set()
    for origin in ("/venv/site-packages/shiboken6/__init__.py", "/opt/runlift/_internal/shiboken6/__init__.pyc", None):
        monkeypatch.setattr(importlib.util, "find_spec", spec_at(origin))
        names.add(cache_file(tmp_path).name)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)  # none installed at all
    names.add(cache_file(tmp_path).name)
    assert len(names) == 3  # no origin and no install give the same name
    assert all(name.startswith(f"pyside-support.{sys.implementation.cache_tag}.") for name in names)


def test_nothing_is_done_once_pyside_is_in(tmp_path: Path) -> None:
    assert "shiboken6" in sys.modules  # pytest-qt loaded it
    assert pyside_start.import_pyside(tmp_path) is False
    assert list(tmp_path.iterdir()) == []


# loads pyside_start on its own (the package would import PySide6), then makes PySide6 fail to import
FAILING = """
import builtins, importlib.util, sys
spec = importlib.util.spec_from_file_location("pyside_start", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
real = builtins.compile
sys.modules["PySide6"] = None  # "import PySide6.QtCore" raises ImportError
try:
    module.import_pyside(__import__("pathlib").Path(sys.argv[2]))
except ImportError:
    print("raised", builtins.compile is real)
"""


def test_a_failed_pyside_import_puts_compile_back_and_writes_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FAILING, str(Path(pyside_start.__file__)), str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.stdout.strip() == "raised True", done.stderr[-2000:]
    assert list(tmp_path.iterdir()) == []
