# pystone-style: a synthetic loop in the spirit of Dhrystone, mixing record
# copies, global state, enum-like constants, small procedures, string
# comparison and 1-D/2-D array updates. Prints the final global state.
# quick: 2000
import sys

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, next_rec=None, discr=0, enum_comp=0, int_comp=0, str_comp=""):
        self.next_rec = next_rec
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.next_rec, self.discr, self.enum_comp, self.int_comp, self.str_comp)


g_int = 0
g_bool = False
g_char1 = "\0"
g_char2 = "\0"
g_array1 = [0] * 51
g_array2 = [[0] * 51 for _ in range(51)]
g_ptr = None
g_next = None


def proc_0(loops):
    global g_int, g_bool, g_char1, g_char2, g_ptr, g_next
    g_next = Record()
    g_ptr = Record(g_next, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    g_array2[8][7] = 10
    int1 = int2 = int3 = 0
    enum_loc = IDENT_2
    string2 = ""
    for _ in range(loops):
        proc_5()
        proc_4()
        int1 = 2
        int2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        g_bool = not func_2(string1, string2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc_7(int1, int2)
            int1 += 1
        proc_8(g_array1, g_array2, int1, int3)
        g_ptr = proc_1(g_ptr)
        char_index = "A"
        while char_index <= g_char2:
            if enum_loc == func_1(char_index, "C"):
                enum_loc = proc_6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc_2(int1)
    return int1, int2, int3, enum_loc, string2


def proc_1(ptr):
    ptr.next_rec = nxt = g_ptr.copy()
    ptr.int_comp = 5
    nxt.int_comp = ptr.int_comp
    nxt.next_rec = ptr.next_rec
    nxt.next_rec = proc_3(nxt.next_rec)
    if nxt.discr == IDENT_1:
        nxt.int_comp = 6
        nxt.enum_comp = proc_6(ptr.enum_comp)
        nxt.next_rec = g_ptr.next_rec
        nxt.int_comp = proc_7(nxt.int_comp, 10)
    else:
        ptr = nxt.copy()
    nxt.next_rec = None
    return ptr


def proc_2(int_par):
    loc = int_par + 10
    enum_loc = None
    while True:
        if g_char1 == "A":
            loc -= 1
            int_par = loc - g_int
            enum_loc = IDENT_1
        if enum_loc == IDENT_1:
            break
    return int_par


def proc_3(ptr):
    global g_int
    if g_ptr is not None:
        ptr = g_ptr.next_rec
    else:
        g_int = 100
    g_ptr.int_comp = proc_7(10, g_int)
    return ptr


def proc_4():
    global g_char2
    b = g_char1 == "A"
    b = b or g_bool
    g_char2 = "B"


def proc_5():
    global g_char1, g_bool
    g_char1 = "A"
    g_bool = False


def proc_6(enum_par):
    enum_loc = enum_par
    if not func_3(enum_par):
        enum_loc = IDENT_4
    if enum_par == IDENT_1:
        enum_loc = IDENT_1
    elif enum_par == IDENT_2:
        enum_loc = IDENT_1 if g_int > 100 else IDENT_4
    elif enum_par == IDENT_3:
        enum_loc = IDENT_2
    elif enum_par == IDENT_5:
        enum_loc = IDENT_3
    return enum_loc


def proc_7(a, b):
    return b + a + 2


def proc_8(array1, array2, int1, int2):
    global g_int
    loc = int1 + 5
    array1[loc] = int2
    array1[loc + 1] = array1[loc]
    array1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        array2[loc][idx] = loc
    array2[loc][loc - 1] += 1
    array2[loc + 20][loc] = array1[loc]
    g_int = 5


def func_1(c1, c2):
    if c1 != c2:
        return IDENT_1
    return IDENT_2


def func_2(s1, s2):
    int_loc = 1
    char_loc = "\0"
    while int_loc <= 1:
        if func_1(s1[int_loc], s2[int_loc + 1]) == IDENT_1:
            char_loc = "A"
            int_loc += 1
    if "W" <= char_loc <= "Z":
        int_loc = 7
    if char_loc == "X":
        return True
    if s1 > s2:
        int_loc += 7
        return True
    return False


def func_3(enum_par):
    return enum_par == IDENT_3


def main(n):
    result = proc_0(n)
    print("locals", result)
    print("globals", g_int, g_bool, g_char1, g_char2)
    print("array1[8:10]", g_array1[8:10], "array2[8][7]", g_array2[8][7])
    print("record", g_ptr.discr, g_ptr.enum_comp, g_ptr.int_comp, g_ptr.str_comp)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
