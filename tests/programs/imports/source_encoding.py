# Source encodings (PEP 263): a module declaring ISO-8859-15, and bytes given to compile(),
# exec() and eval() with and without a coding comment or a UTF-8 byte-order mark.
import sys

sys.path.insert(0, "mods")
import latin9_module

print(latin9_module.WORD, ascii(latin9_module.WORD), ascii(latin9_module.CAFE))

ns = {}
exec(compile(b"# coding=cp1252\nx = \"\x80uro\"\n", "s", "exec"), ns)
print(ascii(ns["x"]))
exec(b"# -*- coding: latin-1 -*-\ny = '\xe9t\xe9'\n", ns)
print(ascii(ns["y"]), len(ns["y"]))
print(eval(b"1 + 2"), eval(b"\xef\xbb\xbf'bom'"))
exec(b"\xef\xbb\xbfprint('bom ok')")
exec(b"#!/bin/sh\n# coding: utf-8\nprint('utf-8 declared', '\xc3\xa9')\n")
exec(b"x = 1  # coding: latin-1\nprint('not a cookie line', x)\n")
try:
    compile(b"# coding: nosuch\nx = 1\n", "t", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
