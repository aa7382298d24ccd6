/**
 * Value types shared by every module: no beans, no dependencies on other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ortakakil.shared;
