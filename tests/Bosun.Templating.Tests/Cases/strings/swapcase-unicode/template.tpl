{{ swapcase "ÀbÇ ß" }}
