/**
 * What every element shares about language: the `strings` overrides, the messages of the
 * language it is in, and an `updateComplete` that waits for that language's catalog.
 * @module
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Messages } from '../messages.js';
import { LocalizationController, type TextKey } from './localization.js';

/**
 * An element that speaks its page's language. A class rather than only the controller because
 * `getUpdateComplete` belongs to the element: `await el.updateComplete` resolves once the element
 * shows its language, not the English it shows while a catalog loads.
 */
export class LocalizedElement extends LitElement {
  /** Overrides for any message of the catalog (see the `Messages` type). */
  @property({ attribute: false }) strings: Partial<Messages> = {};

  /**
   * The element's language (nearest `lang`, through shadow roots) and its messages.
   * @internal
   */
  protected readonly localization = new LocalizationController(this, () => this.strings);

  /** The message catalog for this element's language, with `strings` applied. */
  protected get messages(): Readonly<Messages> {
    return this.localization.messages;
  }

  /** A message with its placeholders filled. */
  protected msg(key: TextKey, values?: Readonly<Record<string, string | number>>): string {
    return this.localization.msg(key, values);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return (await this.localization.arrived()) ? super.getUpdateComplete() : done;
  }
}
