"""PyInstaller runtime hook: stand-ins for modules a dependency imports but Sizer never uses.

MediaPipe's package ``__init__`` imports ``mediapipe.python.solutions.drawing_utils``, which
imports ``matplotlib.pyplot`` at module level only for a 3D plotting helper Sizer never calls.
build.spec leaves matplotlib out (with Pillow, kiwisolver, fontTools ... about 40 MB); these
stand-ins let the import succeed and raise a clear ImportError the moment anything uses them.
tests/test_packaging.py checks that whatever the running app loads from the excluded modules is
listed here, and that Sizer's own code imports none of them.
"""
import importlib.abc
import importlib.machinery
import sys
import types

UNBUNDLED = ("matplotlib", "matplotlib.pyplot")


class UnbundledModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"{self.__name__}.{name} was used, but {self.__name__} is not part of this "
                          f"Sizer build (build.spec leaves it out as unused)")


class UnbundledFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname in UNBUNDLED:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        return UnbundledModule(spec.name)

    def exec_module(self, module):
        pass


# Last on the path: a real module, if one were ever bundled, still wins.
sys.meta_path.append(UnbundledFinder())
