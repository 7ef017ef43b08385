import os
print("before")
os.system("echo child")
print("after")
