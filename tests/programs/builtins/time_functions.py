import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, tuple(t))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%', t))
print(time.asctime(t), time.mktime(t), time.gmtime(0)[:6], time.gmtime(-86400)[:3])
print(time.strftime('%U %W %w %u', time.gmtime(1704067200)), time.strftime('%x %X %c', t))
print(type(time.time_ns()).__name__, isinstance(time.localtime(), time.struct_time))
