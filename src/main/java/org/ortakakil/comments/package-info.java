/**
 * Comments on any resource ({@code ResourceRef}): threads three levels deep, alignment for, against or
 * neutral, up and down votes, editing within 15 minutes, cursor pagination; hidden and deleted comments
 * leave a notice in the thread.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package org.ortakakil.comments;
