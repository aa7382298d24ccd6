package org.ortakakil.spaces.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("space_assembly_province")
record AssemblyProvince(int provinceId) {
}
