class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
class NoInit(Exception):
    pass
try:
    raise ValidationError('age', 'must be positive')
except AppError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, Exception))
try:
    raise WithStr('ignored')
except WithStr as e:
    print(str(e), repr(e), e.args)
print(repr(NoInit()), repr(NoInit(1, 2)), str(NoInit(1, 2)), str(NoInit('one')))
class Coded(Exception):
    def __init__(self, code):
        self.code = code
e = Coded(404)
print(e.args, str(e), repr(e), e.code)
class KeyErr(KeyError):
    pass
print(str(KeyErr('k')), str(KeyError()), str(KeyError(1, 2)))
