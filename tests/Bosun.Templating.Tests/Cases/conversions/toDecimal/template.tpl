{{ toDecimal "0777" }} {{ toDecimal "10" }} {{ toDecimal "8" }} {{ toDecimal 777 }} {{ toDecimal "abc" }}
