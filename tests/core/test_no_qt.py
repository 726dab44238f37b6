"""core/ must never import Qt: the CLI, batch mode and tests rely on it."""

import pkgutil
import subprocess
import sys

import packetizer.core


def test_core_imports_without_qt():
    modules = [m.name for m in pkgutil.walk_packages(packetizer.core.__path__, "packetizer.core.")]
    assert len(modules) >= 30
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
