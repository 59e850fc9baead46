{{ toJson .Chart }}
