import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Session } from './session';

/** Routes name the permission (and feature) they need in `data`; a deep link without them shows the 403 page. */
export const permissionGuard: CanActivateFn = (route) => {
  const session = inject(Session);
  const policy = route.data['requiredPolicy'] as string | undefined;
  const feature = route.data['requiredFeature'] as string | undefined;
  const allowed = (!policy || session.isGranted(policy)) && (!feature || session.isFeatureOn(feature));
  return allowed || inject(Router).parseUrl('/forbidden');
};
