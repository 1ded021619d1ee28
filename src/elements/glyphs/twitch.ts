import { siTwitch } from 'simple-icons';

export default siTwitch.path;
