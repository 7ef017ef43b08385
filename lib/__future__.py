"""The `__future__` module: a record of the language changes introduced through future
statements. Importing a feature name here is a no-op at run time; the compiler reads the
future statement itself (only `annotations` changes how Ferrython compiles code)."""

# name, release that made it optional, release that made it mandatory, compiler flag name, flag
_TABLE = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), "NESTED", 0x0010),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), "GENERATOR_ALLOWED", 0),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "FUTURE_DIVISION", 0x20000),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0),
     "FUTURE_ABSOLUTE_IMPORT", 0x40000),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0),
     "FUTURE_WITH_STATEMENT", 0x80000),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     "FUTURE_PRINT_FUNCTION", 0x100000),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
     "FUTURE_UNICODE_LITERALS", 0x200000),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0),
     "FUTURE_BARRY_AS_BDFL", 0x400000),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0),
     "FUTURE_GENERATOR_STOP", 0x800000),
    ("annotations", (3, 7, 0, "beta", 1), None, "FUTURE_ANNOTATIONS", 0x1000000),
)


class _Feature:
    """One future feature: when it was added and when it became (or becomes) standard."""

    def __init__(self, optional_release, mandatory_release, compiler_flag):
        self.optional = optional_release
        self.mandatory = mandatory_release
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


all_feature_names = [row[0] for row in _TABLE]
__all__ = ["all_feature_names"] + all_feature_names

for _name, _opt, _mand, _flag_name, _flag in _TABLE:
    globals()["CO_" + _flag_name] = _flag
    globals()[_name] = _Feature(_opt, _mand, _flag)
del _name, _opt, _mand, _flag_name, _flag
