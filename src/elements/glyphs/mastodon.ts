import { siMastodon } from 'simple-icons';

export default siMastodon.path;
