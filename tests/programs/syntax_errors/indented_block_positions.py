# Where a missing indented block is reported: the first token of the next line (its span in
# the exception's attributes and in traceback's rendering), or the header's line break at the
# end of the source.
import traceback

for src in ["if True:\nprint(1)\n", "if True:\nprint(1)", "def f():\nreturn 5\n",
            "class A:\nx=1\n", "for a in b:\n  \nfoo.bar()\n", "while x:\n(1)\n",
            "x = 1\ntry:", "x = 1\ntry:\n", "if x:\n", "def f():\n\n", "class A:"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("".join(traceback.format_exception_only(e)), end="")
