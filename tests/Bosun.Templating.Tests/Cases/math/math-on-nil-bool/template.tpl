{{ add nil 1 }} {{ add true 1 }} {{ add false 1 }}
