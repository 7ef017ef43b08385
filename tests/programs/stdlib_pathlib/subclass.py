import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class Tagged(PurePosixPath):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)

t = Tagged('a/b/c.txt', tag='T')
show("repr", lambda: t)
show("tag", lambda: t.tag)
show("parent tag", lambda: (t.parent, t.parent.tag))
show("div tag", lambda: ((t / 'x').tag, type(t / 'x').__name__))
show("rdiv tag", lambda: ('x' / t).tag)
show("with_name tag", lambda: t.with_name('q').tag)
show("parents tags", lambda: [p.tag for p in t.parents])
show("relative_to tag", lambda: t.relative_to('a').tag)
show("eq", lambda: t == PurePosixPath('a/b/c.txt'))

class MyPath(PosixPath):
    def hello(self):
        return 'hi ' + self.name

m = MyPath('d/e')
show("mypath", lambda: m)
show("mypath hello", lambda: (m / 'f').hello())
show("mypath parent", lambda: type(m.parent).__name__)

class MyGeneric(Path):
    pass

show("generic", lambda: MyGeneric('q'))
show("generic type", lambda: type(MyGeneric('q')).__name__)
show("purepath new", lambda: PurePath('x', 'y'))
show("pickle-ish", lambda: PurePosixPath('a/b').__reduce__()[0].__name__)
show("fspath sub", lambda: os.fspath(m))
show("str sub", lambda: str(m / '..'))
show("format", lambda: f"{m}|{m!r}|{m!s}")
show("bool", lambda: bool(PurePosixPath('')))
show("len parts", lambda: len(PurePosixPath('/a/b').parts))
show("iter?", lambda: hasattr(PurePosixPath('a'), '__iter__'))
show("sorted dedup", lambda: sorted(set([PurePosixPath('b'), PurePosixPath('a'), PurePosixPath('./a')])))
