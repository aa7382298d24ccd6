package org.ortakakil.spaces.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("space_process_district")
record ProcessDistrict(int districtId) {
}
