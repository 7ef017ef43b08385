# Functions for other operating systems return their defaults here.
import platform

print(platform.mac_ver(), platform.mac_ver('a', ('b', 'c', 'd'), 'e'))
print(platform.win32_ver(), platform.win32_ver('a', '1.2', 'c', 'd'))
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.java_ver(), platform.java_ver('r', 'v', ('a', 'b', 'c'), ('d', 'e', 'f')))

info = platform.freedesktop_os_release()
print(type(info).__name__, all(type(k) is str and type(v) is str for k, v in info.items()))
print(all(key in info for key in ('NAME', 'ID', 'PRETTY_NAME')))
print(info.get('ID'), info.get('VERSION_ID'))
info['ID'] = 'changed'
print(platform.freedesktop_os_release()['ID'] != 'changed')
print(sorted(name for name in platform.__all__ if not name.startswith('_')) if hasattr(platform, '__all__') else None)
