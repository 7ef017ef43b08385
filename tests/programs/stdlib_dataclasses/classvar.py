# ClassVar annotations are not fields; string annotations are recognised too.
import typing
from typing import ClassVar
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class Config:
    name: str
    instances: ClassVar[int] = 0
    registry: ClassVar[list] = []
    plain: typing.ClassVar = "shared"
    limit: "ClassVar[int]" = 10
    other: "typing.ClassVar[str]" = "x"
    seed: "InitVar[int]" = 0
    rest: "dataclasses.KW_ONLY"
    extra: int = 1

    def __post_init__(self, seed):
        Config.instances += 1
        self.seeded = seed


c = Config("a", 5, extra=2)
print(c, Config.instances, Config.registry, Config.plain, Config.limit, Config.other)
print([f.name for f in fields(Config)])
print([(name, f._field_type) for name, f in Config.__dataclass_fields__.items()])
print(c.seeded, Config.__match_args__)
try:
    Config("a", 5, 2)
except TypeError as e:
    print(type(e).__name__)


def bad_classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


def bad_classvar_kw_only():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)


def bad_initvar_factory():
    @dataclass
    class C:
        x: InitVar[list] = field(default_factory=list)


for make in (bad_classvar_factory, bad_classvar_kw_only, bad_initvar_factory):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)

# ClassVar defaults may be mutable.
@dataclass
class Counter:
    seen: ClassVar[dict] = {}
    n: int = 0


Counter.seen["k"] = 1
print(Counter(), Counter.seen, fields(Counter)[0].name)
