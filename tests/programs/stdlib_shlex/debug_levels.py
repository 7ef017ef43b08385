import shlex
seen = set()
import io, contextlib
for posix in (False, True):
    for pc in (False, True):
        for s in ['a b', ' a', 'a#c\nb', '#c\nx', 'a(b', '((x', 'a;', '"q"', "'x' y", 'a\\ b', '\\', 'a "b', ' ; ', '!x', 'a!', 'a"b"', '', 'x\n', 'a)b']:
            lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
            lex.debug = 2
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                try: list(lex)
                except ValueError: pass
            for l in buf.getvalue().splitlines():
                if 'raw token' not in l and 'token=' not in l:
                    seen.add(l)
for l in sorted(seen): print(l)
