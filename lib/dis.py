"""Disassembly of Ferrython bytecode.

The listing and the decoding are native (`_dis`); this module gives them the interface of
CPython's `dis`: `dis`, `get_instructions`, `Bytecode`, `Instruction`, `opname`, `opmap`.
Offsets count two bytes per instruction word, as CPython's do.
"""

import sys as _sys
from collections import namedtuple

import _dis

__all__ = ["dis", "disassemble", "get_instructions", "Bytecode", "Instruction", "Positions",
           "opname", "opmap", "findlinestarts", "hasjrel", "hasjabs"]

Positions = namedtuple(
    "Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
    defaults=[None, None, None, None])

_InstructionBase = namedtuple(
    "_InstructionBase",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None])


class Instruction(_InstructionBase):
    """One bytecode instruction: its name, opcode, argument and the argument's meaning, its
    byte offset, the line it starts (if any) and whether a jump lands on it."""

    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        line = f"{self.starts_line:>{lineno_width}}" if self.starts_line is not None else " " * lineno_width
        mark = "-->" if mark_as_current else "   "
        target = ">>" if self.is_jump_target else "  "
        text = f"{line} {mark} {target} {self.offset:>{offset_width}} {self.opname:<20}"
        if self.arg is not None:
            text += f" {self.arg:>5}"
            if self.argrepr:
                text += f" ({self.argrepr})"
        return text.rstrip()


opname = _dis.opnames()
opname += ["<%d>" % i for i in range(len(opname), 256)]
opmap = {name: code for code, name in enumerate(opname) if not name.startswith("<")}
hasjrel = [opmap[n] for n in ("JUMP", "JUMP_BACKWARD", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
                              "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "FOR_ITER", "SEND")
           if n in opmap]
hasjabs = []


def _target(x):
    # Generators and coroutines disassemble as their code; classes and modules are not
    # supported by the native listing.
    for attr in ("gi_code", "cr_code", "ag_code", "__code__"):
        code = getattr(x, attr, None)
        if code is not None:
            return code
    return x


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterates over the instructions of a function, method, code object or source text."""
    code = _target(x)
    shift = 0 if first_line is None else first_line - getattr(code, "co_firstlineno", first_line)
    for row in _dis.rows(code):
        *fields, starts_line, jump_target, positions = row
        if starts_line:
            starts_line += shift
        yield Instruction(*fields, starts_line, jump_target, Positions(*positions))


def _listable(value):
    # What a class or module listing includes: functions, methods, code objects, the
    # functions behind classmethods and staticmethods, and nested classes.
    return isinstance(value, (type, classmethod, staticmethod, type(_target), type(_target.__code__))) \
        or hasattr(value, "__func__")


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the disassembly of a function, method, code object, source text, or of each
    function of a class or module."""
    out = file if file is not None else _sys.stdout
    if x is None:
        raise NotImplementedError("dis.dis() without an argument (the last traceback) is not supported")
    if isinstance(x, type) or type(x) is type(_sys):
        for name, value in sorted(vars(x).items()):
            if not _listable(value):
                continue
            out.write(f"Disassembly of {name}:\n")
            inner = getattr(value, "__func__", value)
            try:
                dis(inner, file=out)
            except TypeError as err:
                out.write(f"Sorry: {err}\n")
            out.write("\n")
        return
    out.write(_dis.listing(_target(x)))


disassemble = dis


def findlinestarts(code):
    """Yields (offset, line) for the first instruction of each source line of `code`."""
    for ins in get_instructions(code):
        if ins.starts_line is not None:
            yield ins.offset, ins.starts_line


class Bytecode:
    """The instructions of a function, method, code object or source text, iterable as
    `Instruction`s; `dis()` gives the listing as text."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = _target(x)
        self._x = x
        self.first_line, self.current_offset = first_line, current_offset

    def __iter__(self):
        return get_instructions(self._x, first_line=self.first_line)

    def __repr__(self):
        return f"{type(self).__name__}({self._x!r})"

    def dis(self):
        return _dis.listing(self.codeobj)


def _main(argv=None):
    import argparse
    parser = argparse.ArgumentParser(prog="python -m dis")
    parser.add_argument("infile", nargs="?", default="-")
    args = parser.parse_args(argv)
    if args.infile == "-":
        source = _sys.stdin.read()
        name = "<stdin>"
    else:
        with open(args.infile, "rb") as f:
            source = f.read()
        name = args.infile
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _main()
