{{ typeOf .Chart }} {{ kindOf .Chart }}
