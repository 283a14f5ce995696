import {
  Anchor,
  Button,
  NavLink,
  type AnchorProps,
  type ButtonProps,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

// Mantine components rendered as router links, with the router's typed `to` and `params`.

type AnchorAttrs = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const AnchorLinkBase = forwardRef<HTMLAnchorElement, AnchorProps & AnchorAttrs>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
AnchorLinkBase.displayName = 'AnchorLinkBase';

const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkProps & AnchorAttrs>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));
NavLinkBase.displayName = 'NavLinkBase';

const ButtonLinkBase = forwardRef<HTMLAnchorElement, ButtonProps & AnchorAttrs>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
ButtonLinkBase.displayName = 'ButtonLinkBase';

/** A Mantine `Anchor` that navigates within the SPA. */
export const AnchorLink = createLink(AnchorLinkBase);
/** A Mantine `NavLink` that navigates within the SPA. */
export const NavLinkLink = createLink(NavLinkBase);
/** A Mantine `Button` that navigates within the SPA. */
export const ButtonLink = createLink(ButtonLinkBase);
