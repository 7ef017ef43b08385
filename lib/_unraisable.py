"""The argument object sys.unraisablehook receives (a plain class here, a structseq in
CPython: attribute access is the same)."""


class UnraisableHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, err_msg, object):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.err_msg = err_msg
        self.object = object

    def __repr__(self):
        return (f"UnraisableHookArgs(exc_type={self.exc_type!r}, exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, err_msg={self.err_msg!r}, "
                f"object={self.object!r})")
