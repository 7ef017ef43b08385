# ContextVar: name, defaults, get() variants, set() and the resulting values.
import contextvars
import re

def clean(text):
    return re.sub(r' at 0x[0-9a-fA-F]+', '', text)

request_id = contextvars.ContextVar('request_id')
user = contextvars.ContextVar('user', default='anonymous')
limit = contextvars.ContextVar('limit', default=None)

print(request_id.name, user.name)
print(clean(repr(request_id)), clean(repr(user)), clean(repr(limit)))
print(user.get(), user.get('override'), limit.get(), limit.get(5))
try:
    request_id.get()
except LookupError as e:
    print('LookupError', clean(str(e)), e.args[0] is request_id)
print(request_id.get(None), request_id.get('fallback'))

tok = request_id.set(101)
print(request_id.get(), request_id.get('ignored'))
user.set('alice')
print(user.get(), user.get('x'))
user.set(None)
print(user.get(), user.get('x'))

quoted = contextvars.ContextVar("it's", default=[1, 2])
print(clean(repr(quoted)), quoted.get() is quoted.get())

print(type(tok).__name__, tok.var is request_id)
print(contextvars.ContextVar[int], contextvars.Token[str])
print(sorted(contextvars.__all__))
print(request_id == request_id, request_id != contextvars.ContextVar('request_id'))
d = {request_id: 1, user: 2}
print(d[request_id], d[user])
