import os
import warnings

HERE = os.path.dirname(__file__)


def deprecated_call():
    warnings.warn("lib.deprecated_call is deprecated", DeprecationWarning, stacklevel=2)


def internal_warn():
    warnings.warn("internal detail")


def blame_user():
    warnings.warn("blamed on user code", UserWarning, skip_file_prefixes=(HERE,))


def nested():
    blame_user()
